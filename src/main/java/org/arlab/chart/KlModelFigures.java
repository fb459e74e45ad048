package org.arlab.chart;

import java.util.List;

import org.arlab.core.kl.CumulativeKl;
import org.arlab.core.montecarlo.Trace;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * The KL lab's top row for a pair of models with no closed form, headless ({@code arlab export --lab kl --p-model
 * … --q-model …}): the Monte Carlo curve KL_t against t with its band and the slope line, beside the running
 * estimates over M, as the lab draws them on screen.
 */
public final class KlModelFigures {
    private KlModelFigures() {
    }

    /**
     * @param curve KL_t, t = 1..T, from the sequences drawn
     * @param logRatio the log-ratio estimator's trace over M
     * @param conditional the conditional (or nested) estimator's trace over M
     * @param names the two estimators' names, log-ratio first
     * @param exact KL_T by the closed form where there is one (two linear networks), else NaN
     * @param exactCurve KL_1..KL_T by the closed form, or null
     * @param pair what p and q are, one line under the curve's title
     * @param style colours and fonts
     * @return the curve's chart, then the running estimates'
     */
    public static List<JFreeChart> of(CumulativeKl curve, Trace logRatio, Trace conditional, String[] names,
            double exact, double[] exactCurve, String pair, ChartStyle style) {
        KlCurveFigure c = new KlCurveFigure(style);
        c.showMonteCarlo(curve);
        if (exactCurve != null) {
            c.set(KlCurveFigure.Curve.FORWARD, exactCurve);
        }
        TextTitle sub = new TextTitle(pair);
        sub.setFont(style.font(java.awt.Font.PLAIN, 11));
        sub.setPaint(style.foreground());
        c.chart().addSubtitle(sub);
        RunningEstimateFigure r = new RunningEstimateFigure("Monte Carlo estimates of KL_T(p‖q), T = "
                + curve.horizon() + ", M = " + Format.count(curve.count()), "KL_T(p‖q) (nats)", "exact", names,
                style);
        Trace[] traces = {logRatio, conditional};
        for (int i = 0; i < 2; i++) {
            r.show(i, traces[i].counts(), traces[i].means(), traces[i].stdErrors());
        }
        r.setExact(exact);
        return List.of(c.chart(), r.chart());
    }
}
