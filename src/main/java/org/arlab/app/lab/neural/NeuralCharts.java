package org.arlab.app.lab.neural;

import java.util.List;

import org.arlab.chart.ChartStyle;
import org.arlab.chart.Figure;
import org.arlab.chart.Format;
import org.arlab.chart.XyFigure;
import org.arlab.chart.XyFigure.Look;

/**
 * The Neural AR lab's six figures and how a snapshot fills them (no screen: the view and the headless export share
 * it): the NLL per observation against the epoch with the linear AR's validation NLL as a line; the learned function
 * over the lag scatter; the one-step predictions over the series with the train/validation split; the gradient norm
 * per layer; the exposure-bias fan; the error against the horizon.
 */
final class NeuralCharts {
    static final String[] NLL = {"training NLL", "validation NLL"};
    static final String[] LAG = {"data (xₜ₋₁, xₜ)", "network f_θ", "linear AR"};
    static final String[] SERIES = {"series", "network, one step", "linear AR, one step"};
    static final String[] FAN = {"true continuation", "teacher-forced one-step", "free-running mean path",
        "history"};
    static final String[] ERRORS = {"free-running", "teacher-forced (one step)", "teacher-forced twin, free-running"};

    final XyFigure nll;
    final XyFigure lag;
    final XyFigure series;
    final XyFigure gradient;
    final XyFigure fan;
    final XyFigure errors;

    NeuralCharts(ChartStyle style) {
        nll = new XyFigure("NLL per observation against epoch", "epoch", "NLL (nats per observation)", false, NLL,
                new Look[] {Look.LINE, Look.LINE}, new int[] {0, 1}, style);
        lag = new XyFigure("Learned function over the lag plot", "xₜ₋₁", "xₜ, predicted mean", false,
                LAG, new Look[] {Look.DOTS, Look.DOTS, Look.DOTS}, new int[] {5, 1, 2}, style);
        series = new XyFigure("One-step predictions over the series", "t", "xₜ", false, SERIES,
                new Look[] {Look.LINE, Look.LINE, Look.DASHED}, new int[] {7, 1, 2}, style);
        gradient = new XyFigure("Gradient norm per layer", "epoch", "‖∇θ(−ℓ/N)‖", true,
                new String[] {"first layer or cell", "second layer", "output head"}, new Look[] {Look.LINE, Look.LINE, Look.LINE},
                new int[] {0, 4, 2}, style);
        fan = new XyFigure("Exposure bias: rollouts against teacher forcing", "t", "xₜ", false, FAN,
                new Look[] {Look.LINE, Look.DASHED, Look.LINE, Look.LINE}, new int[] {7, 2, 1, 7}, style);
        errors = new XyFigure("Squared error against the horizon", "horizon h (steps)", "squared error", false,
                ERRORS, new Look[] {Look.LINE, Look.DASHED, Look.LINE}, new int[] {1, 2, 0}, style);
        for (XyFigure f : new XyFigure[] {nll, gradient}) {
            // at epoch 0 there is one point: the axis read −5×10⁻⁹ … 5×10⁻⁹ epochs
            if (f.chart().getXYPlot().getDomainAxis() instanceof org.jfree.chart.axis.NumberAxis x) {
                x.setAutoRangeMinimumSize(1);
                x.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
            }
        }
    }

    /** @return every figure, the NLL chart first */
    List<Figure> all() {
        return List.of(nll, lag, series, gradient, fan, errors);
    }

    /** Draws a snapshot into every figure (FX thread in the lab; any thread headless). */
    void show(NeuralSnapshot s) {
        // one redraw per chart, not one per curve replaced
        all().forEach(f -> f.chart().setNotify(false));
        try {
            fill(s);
        } finally {
            all().forEach(f -> f.chart().setNotify(true));
        }
    }

    private void fill(NeuralSnapshot s) {
        int e = s.epoch();
        double[] epochs = new double[e + 1];
        for (int i = 0; i <= e; i++) {
            epochs[i] = i;
        }
        nll.set(0, epochs, s.trainNll());
        nll.set(1, epochs, s.validationNll());
        nll.markers(new double[0], new String[0], new double[] {s.linearValidationNll()},
                new String[] {"linear AR, validation: " + Format.number(s.linearValidationNll())});
        double[] x = s.x();
        int first = s.first();
        int m = x.length - first;
        double[] prev = new double[m];
        double[] next = new double[m];
        for (int i = 0; i < m; i++) {
            prev[i] = x[first + i - 1];
            next[i] = x[first + i];
        }
        lag.set(0, prev, next);
        lag.set(1, prev, s.oneStep());
        lag.set(2, prev, s.linearOneStep());
        double[] t = new double[m];
        for (int i = 0; i < m; i++) {
            t[i] = first + i;
        }
        double[] all = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            all[i] = i;
        }
        series.set(0, all, x);
        series.set(1, t, s.oneStep());
        series.set(2, t, s.linearOneStep());
        series.markers(new double[] {s.trainEnd() - 0.5}, new String[] {"training | validation"}, new double[0],
                new String[0]);
        double[][] norms = s.gradientNorms();
        String[] names = s.layers();
        for (int l = 0; l < 3; l++) {
            int src = l < names.length - 1 ? l : l == 2 ? names.length - 1 : -1;
            if (src >= 0) {
                gradient.set(l, s.gradientEpochs(), norms[src]);
            } else {
                gradient.set(l, new double[0], new double[0]);
            }
        }
        if (s.fan() != null) {
            var f = s.fan();
            int h = f.truth().length;
            double[] ft = new double[h];
            for (int i = 0; i < h; i++) {
                ft[i] = f.start() + i;
            }
            fan.set(0, ft, f.truth());
            fan.set(1, ft, f.teacherForced());
            fan.set(2, ft, f.meanPath());
            int back = Math.min(f.start(), 3 * h);
            double[] ht = new double[back + 1];
            double[] hx = new double[back + 1];
            for (int i = 0; i <= back; i++) {
                ht[i] = f.start() - back + i;
                hx[i] = i < back ? x[f.start() - back + i] : f.truth()[0];
            }
            fan.set(3, ht, hx);
            fan.setThin(ft, f.paths());
            fan.markers(new double[] {f.start() - 0.5}, new String[] {"generates alone from here"}, new double[0],
                    new String[0]);
        }
        if (s.errors() != null) {
            int h = s.errors().freeRunning().length;
            double[] hs = new double[h];
            for (int i = 0; i < h; i++) {
                hs[i] = i + 1;
            }
            errors.set(0, hs, s.errors().freeRunning());
            errors.set(1, hs, s.errors().teacherForced());
            if (s.twinErrors() != null) {
                errors.set(2, hs, s.twinErrors().freeRunning());
            } else {
                errors.set(2, new double[0], new double[0]);
            }
        }
    }

    /** Applies a theme to every figure. */
    void restyle(ChartStyle style) {
        all().forEach(f -> f.restyle(style));
    }
}
