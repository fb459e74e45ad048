package org.arlab.app.lab.fit;

import javafx.beans.value.ObservableValue;

import org.arlab.app.Background;
import org.arlab.app.lab.SeriesPort;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.series.FitScale;
import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.OrderChoice;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.Forecast;
import org.arlab.core.ar.LjungBox;
import org.arlab.core.ar.OrderSelection;
import org.arlab.core.ar.SampleAcf;
import org.arlab.core.diagnostics.NormalQq;
import org.arlab.core.session.FitSettings;

/**
 * Refits whenever the Data lab's series or a Fit lab choice changes, in the background, latest request winning.
 */
public final class FitController {
    /** Most points drawn in the QQ plot. */
    static final int QQ_POINTS = 2000;

    private final FitModel model;
    private final SeriesPort data;
    private final Background runner;

    /**
     * @param model the Fit lab's model
     * @param data the current series, which is fitted
     * @param runner the Fit lab's background runner
     */
    public FitController(FitModel model, SeriesPort data, Background runner) {
        this.model = model;
        this.data = data;
        this.runner = runner;
        ObservableValue<?>[] inputs = {model.methodProperty(), model.orderModeProperty(), model.orderProperty(),
            model.maxOrderProperty(), model.interceptProperty(), model.horizonProperty(), data.currentSeriesProperty()};
        for (ObservableValue<?> o : inputs) {
            o.addListener((obs, a, b) -> refresh());
        }
        refresh();
    }

    /** Requests a fit of the current series with the current choices. */
    public void refresh() {
        CurrentSeries d = data.currentSeriesProperty().get();
        if (d == null) {
            return;
        }
        FitSettings s = model.settings();
        runner.submit(FitPresenter.task(s.method(), d.values().length), progress -> compute(d, s),
                model::publish, e -> model.say(e.getMessage()));
    }

    /** The background work for the lab's settings on a series, as the lab and {@code arlab export} run it. */
    public static FitResult compute(CurrentSeries d, FitSettings s) {
        return compute(d.title(), d.values(), d.generated() ? d.model() : null, s.method(), s.orderMode(), s.order(),
                s.maxOrder(), s.intercept(), s.horizon());
    }

    /** The background work: selection, fit, residual diagnostics, forecast. */
    public static FitResult compute(String name, double[] y, ArModel truth, ArFit.Method method,
            OrderChoice mode, int order, int maxOrder, boolean intercept, int horizon) {
        long t0 = System.nanoTime();
        FitScale.require(y); // the reader's guard, for a series that did not come through it
        OrderSelection sel = mode.compare(y, maxOrder, intercept);
        int p = mode.order(order, sel);
        ArFit fit = method.fit(y, p, intercept);
        double[] pred = fit.predictions(y);
        double[] resid = fit.residuals(y);
        SampleAcf racf = resid.length >= 3 ? SampleAcf.of(resid, Math.min(30, resid.length - 1)) : null;
        NormalQq qq = resid.length >= 1 ? thin(NormalQq.of(resid).standardised()) : null;
        int lags = Math.max(10, p + 5);
        LjungBox lb = resid.length > lags + 1 ? LjungBox.of(resid, lags, p) : null;
        Forecast f = Forecast.of(fit.model(), y, Math.max(1, horizon));
        return new FitResult(name, y, truth, fit, sel, pred, racf, qq, lb, f, System.nanoTime() - t0);
    }

    /** Keeps at most {@value #QQ_POINTS} evenly spaced order statistics, always the two extremes. */
    static NormalQq thin(NormalQq qq) {
        int n = qq.sample().length;
        if (n <= QQ_POINTS) {
            return qq;
        }
        double[] x = new double[QQ_POINTS];
        double[] z = new double[QQ_POINTS];
        for (int i = 0; i < QQ_POINTS; i++) {
            int k = (int) Math.round((double) i * (n - 1) / (QQ_POINTS - 1));
            x[i] = qq.theoretical()[k];
            z[i] = qq.sample()[k];
        }
        return new NormalQq(x, z);
    }
}
