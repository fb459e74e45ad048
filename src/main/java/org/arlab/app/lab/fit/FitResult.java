package org.arlab.app.lab.fit;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.Forecast;
import org.arlab.core.ar.LjungBox;
import org.arlab.core.ar.OrderSelection;
import org.arlab.core.ar.SampleAcf;
import org.arlab.core.diagnostics.NormalQq;

/**
 * Everything the Fit lab shows for one fit.
 *
 * @param seriesName the series' name
 * @param values the series
 * @param truth the generating model when the series was simulated, else null
 * @param fit the fit
 * @param selection the order selection (AIC/BIC over 0..P, least squares on a common sample)
 * @param predictions one-step predictions ŷ_t for t = p+1..n
 * @param residualAcf the residuals' ACF
 * @param qq the standardised residuals' QQ points (thinned to at most 2000)
 * @param ljungBox the Ljung–Box test of the residuals
 * @param forecast the h-step forecast after the end of the series
 * @param nanos time taken
 */
public record FitResult(String seriesName, double[] values, ArModel truth, ArFit fit, OrderSelection selection,
        double[] predictions, SampleAcf residualAcf, NormalQq qq, LjungBox ljungBox, Forecast forecast, long nanos) {
}
