package org.arlab.core.replicate;

import java.util.List;

import org.arlab.core.ar.ArFit;

/**
 * What the Sampling lab draws after a batch, taken from a {@link SamplingExperiment} on the worker (immutable): the main
 * cell's summaries, histograms of every φ̂ᵢ per method on a common range, the first {@value #SCATTER} points
 * (φ̂₁, φ̂₂) per method, the curves of bias, RMSE and coverage against n, and the 5% quantile of n(φ̂₁ − φ₁) for the
 * Dickey–Fuller comparison.
 *
 * @param design the main cell's design
 * @param replications R at the chosen n (after the work cap)
 * @param count replications done in all cells
 * @param total replications of all cells
 * @param summaries the main cell's summary per method
 * @param asymptoticSd √(σ²[Γ_p⁻¹]ᵢᵢ/n), NaN when not stationary
 * @param asymptoticCovariance σ²Γ_p⁻¹/n, null when not stationary
 * @param histograms [method][coefficient − 1]
 * @param scatter [method][0: φ̂₁, 1: φ̂₂][k], empty for AR(1)
 * @param curves per method, against n
 * @param unitRootQuantile05 per method, the 5% quantile of n(φ̂₁ − φ₁) (NaN before two replications)
 */
public record ExperimentSnapshot(ReplicationDesign design, int replications, long count, long total,
        MethodSummary[] summaries, double[] asymptoticSd, double[][] asymptoticCovariance, Histogram[][] histograms,
        double[][][] scatter, Curve[] curves, double[] unitRootQuantile05) {
    /** Points per method in the scatter. */
    public static final int SCATTER = 2000;
    /** The histograms' range comes from the first this many replications, so that the bins stay put as R grows. */
    static final int RANGE_FROM = 5000;
    /** Bins of each histogram. */
    public static final int BINS = 50;

    /**
     * A histogram on [lo, hi].
     *
     * @param lo the left end
     * @param hi the right end
     * @param counts per bin
     * @param total every value, those outside included (so that the bars are a density)
     */
    public record Histogram(double lo, double hi, long[] counts, long total) {
        /** @return the density of bin k */
        public double density(int k) {
            double w = (hi - lo) / counts.length;
            return total == 0 ? 0 : counts[k] / (total * w);
        }
    }

    /**
     * One method's statistics against n (the grid and the main cell).
     *
     * @param method the method
     * @param n the lengths
     * @param bias [coefficient − 1][k]
     * @param rmse [coefficient − 1][k]
     * @param coverage [coefficient − 1][k]
     * @param asymptoticSd [coefficient − 1][k] (NaN when not stationary)
     */
    public record Curve(ArFit.Method method, int[] n, double[][] bias, double[][] rmse, double[][] coverage,
            double[][] asymptoticSd) {
    }

    /** @return the snapshot of the experiment now */
    public static ExperimentSnapshot of(SamplingExperiment e) {
        Replications main = e.main();
        ReplicationDesign d = main.design();
        int p = d.order();
        int m = d.methods().size();
        double[] asym = d.asymptoticSd();
        Histogram[][] hist = new Histogram[m][p];
        for (int i = 1; i <= p; i++) {
            double[][] values = new double[m][];
            for (int k = 0; k < m; k++) {
                values[k] = main.estimates(k, i);
            }
            double[] range = range(values, d.truth().phi(i), asym[i - 1]); // from the first values: bins that stay put
            for (int k = 0; k < m; k++) {
                hist[k][i - 1] = histogram(values[k], range[0], range[1]);
            }
        }
        double[][][] scatter = new double[m][][];
        double[] q05 = new double[m];
        for (int k = 0; k < m; k++) {
            double[] a = main.estimates(k, 1);
            if (p >= 2) {
                double[] b = main.estimates(k, 2);
                int len = Math.min(SCATTER, Math.min(a.length, b.length));
                scatter[k] = new double[][] {java.util.Arrays.copyOf(a, len), java.util.Arrays.copyOf(b, len)};
            } else {
                scatter[k] = new double[][] {{}, {}};
            }
            q05[k] = a.length < 2 ? Double.NaN : d.n() * (Quantiles.type7(a, 0.05) - d.truth().phi(1));
        }
        return new ExperimentSnapshot(d, main.replications(), e.count(), e.total(), main.summaries(), asym,
                d.asymptoticCovariance(), hist, scatter, curves(e.curve(), m, p), q05);
    }

    private static Curve[] curves(List<Replications> cells, int m, int p) {
        Curve[] out = new Curve[m];
        int c = cells.size();
        for (int k = 0; k < m; k++) {
            int[] n = new int[c];
            double[][] bias = new double[p][c];
            double[][] rmse = new double[p][c];
            double[][] cover = new double[p][c];
            double[][] asym = new double[p][c];
            for (int j = 0; j < c; j++) {
                Replications cell = cells.get(j);
                n[j] = cell.design().n();
                MethodSummary s = cell.summary(k);
                double[] a = cell.design().asymptoticSd();
                for (int i = 0; i < p; i++) {
                    bias[i][j] = s.bias()[i];
                    rmse[i][j] = s.rmse()[i];
                    cover[i][j] = s.coverage95()[i];
                    asym[i][j] = a[i];
                }
            }
            out[k] = new Curve(cells.isEmpty() ? null : cells.get(0).design().methods().get(k), n, bias, rmse, cover,
                    asym);
        }
        return out;
    }

    /** A common range: the pooled 0.1% to 99.9% quantiles, widened a little, and φ ± 4 asymptotic sd. */
    private static double[] range(double[][] values, double truth, double sd) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] all : values) {
            double[] v = java.util.Arrays.copyOf(all, Math.min(all.length, RANGE_FROM));
            if (v.length >= 2) {
                lo = Math.min(lo, Quantiles.type7(v, 0.001));
                hi = Math.max(hi, Quantiles.type7(v, 0.999));
            }
        }
        if (Double.isFinite(sd)) {
            lo = Math.min(lo, truth - 4 * sd);
            hi = Math.max(hi, truth + 4 * sd);
        }
        if (!(hi > lo)) {
            lo = truth - 1;
            hi = truth + 1;
        }
        double pad = 0.05 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }

    private static Histogram histogram(double[] v, double lo, double hi) {
        long[] counts = new long[BINS];
        double w = (hi - lo) / BINS;
        for (double x : v) {
            int b = (int) Math.floor((x - lo) / w);
            if (b >= 0 && b < BINS) {
                counts[b]++;
            }
        }
        return new Histogram(lo, hi, counts, v.length);
    }
}
