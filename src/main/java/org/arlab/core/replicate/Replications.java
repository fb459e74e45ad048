package org.arlab.core.replicate;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArSimulator;
import org.arlab.core.ar.ConditionalMle;
import org.arlab.core.ar.Simulation;
import org.arlab.core.ar.WarmExactMle;
import org.arlab.core.random.RandomStreams;
import org.arlab.core.random.SequenceStreams;

/**
 * R replications of "simulate n values, fit" for one design (MATH.md, "Beyond the homework"), filled in order batch
 * after batch. Replication r draws its series from stream {@code offset + r} of the seed's
 * {@link SequenceStreams}, fits every method (the exact MLE warm-started from least squares, {@link WarmExactMle}),
 * and keeps φ̂ and whether each 95% interval covered φ. The replications of a batch run in parallel; the running
 * statistics are then updated in the order of r, so every figure for a seed is the same whatever the batches and the
 * number of threads. Not thread-safe: one caller advances it (its batches use many threads).
 */
public final class Replications {
    private final ReplicationDesign design;
    private final int replications;
    private final long offset;
    private final SequenceStreams streams;
    private final double[] truePhi;
    private final List<ArFit.Method> methods;
    /** [method][coefficient][replication]: φ̂, NaN when the fit failed. */
    private final double[][][] estimates;
    /** [method][coefficient][replication]: 1 when the interval covered φ. */
    private final byte[][][] covered;
    private final Running[][] running;
    private final long[] failures;
    private int done;

    /** Welford's running mean and variance, and the sums for the RMSE and the coverage. */
    private static final class Running {
        long count;
        double mean;
        double m2;
        double squaredError;
        long hits;

        void add(double v, double truth, boolean hit) {
            count++;
            double d = v - mean;
            mean += d / count;
            m2 += d * (v - mean);
            squaredError += (v - truth) * (v - truth);
            if (hit) {
                hits++;
            }
        }
    }

    /**
     * @param design the design
     * @param replications R, 1 or more
     * @param offset the index of replication 0's stream (distinct experiments of one seed use distinct ranges)
     */
    public Replications(ReplicationDesign design, int replications, long offset) {
        if (replications < 1) {
            throw new IllegalArgumentException("R must be at least 1, not " + replications + ".");
        }
        this.design = design;
        this.replications = replications;
        this.offset = offset;
        this.streams = RandomStreams.perSequence(design.seed());
        this.truePhi = design.truth().phi();
        this.methods = design.methods();
        int m = methods.size();
        int p = design.order();
        this.estimates = new double[m][p][replications];
        this.covered = new byte[m][p][replications];
        this.running = new Running[m][p];
        for (Running[] row : running) {
            for (int i = 0; i < p; i++) {
                row[i] = new Running();
            }
        }
        this.failures = new long[m];
    }

    /** @return the design */
    public ReplicationDesign design() {
        return design;
    }

    /** @return R */
    public int replications() {
        return replications;
    }

    /** @return the replications done so far */
    public int done() {
        return done;
    }

    /** @return true when all R are done */
    public boolean finished() {
        return done >= replications;
    }

    /**
     * Runs the next k replications (fewer when R is reached) on the workers.
     *
     * @param cancelled polled between chunks
     * @throws java.util.concurrent.CancellationException when cancelled (nothing is counted from this batch)
     */
    public void advance(int k, Workers workers, BooleanSupplier cancelled) {
        int from = done;
        int to = (int) Math.min(replications, (long) from + Math.max(0, k));
        workers.forRange(from, to, cancelled, this::replicate);
        for (int r = from; r < to; r++) {
            for (int m = 0; m < methods.size(); m++) {
                if (Double.isNaN(estimates[m][0][r])) {
                    failures[m]++;
                    continue;
                }
                for (int i = 0; i < truePhi.length; i++) {
                    running[m][i].add(estimates[m][i][r], truePhi[i], covered[m][i][r] == 1);
                }
            }
        }
        done = to;
    }

    /** Replication r: its series, every method's fit, written to slot r. */
    private void replicate(int r) {
        int p = truePhi.length;
        Simulation sim = ArSimulator.simulate(design.truth(), design.n(), null, streams.stream(offset + r));
        double[] y = sim.values();
        ArFit ols = null;
        for (int m = 0; m < methods.size(); m++) {
            ArFit.Method method = methods.get(m);
            ArFit fit = null;
            if (y.length == design.n()) {
                try {
                    if (method == ArFit.Method.OLS || method == ArFit.Method.MLE && ols == null) {
                        ols = ConditionalMle.fit(y, p, design.withIntercept());
                    }
                    fit = switch (method) {
                        case OLS -> ols;
                        case MLE -> WarmExactMle.fit(y, p, design.withIntercept(), ols);
                        default -> method.fit(y, p, design.withIntercept());
                    };
                } catch (IllegalArgumentException | ArithmeticException e) {
                    fit = null;
                }
            }
            double[] phi = fit == null ? null : fit.phi();
            double[] se = fit == null ? null : fit.sePhi();
            boolean ok = phi != null;
            for (int i = 0; ok && i < p; i++) {
                ok = Double.isFinite(phi[i]);
            }
            for (int i = 0; i < p; i++) {
                estimates[m][i][r] = ok ? phi[i] : Double.NaN;
                covered[m][i][r] = (byte) (ok && Math.abs(phi[i] - truePhi[i]) <= ReplicationDesign.Z95 * se[i] ? 1 : 0);
            }
        }
    }

    /** @return the summary of every method so far, in the design's method order */
    public MethodSummary[] summaries() {
        MethodSummary[] out = new MethodSummary[methods.size()];
        for (int m = 0; m < out.length; m++) {
            out[m] = summary(m);
        }
        return out;
    }

    /** @return the summary of the method at index m of the design's methods */
    public MethodSummary summary(int m) {
        int p = truePhi.length;
        double[] mean = new double[p];
        double[] sd = new double[p];
        double[] bias = new double[p];
        double[] rmse = new double[p];
        double[] coverage = new double[p];
        long count = running[m][0].count;
        for (int i = 0; i < p; i++) {
            Running s = running[m][i];
            mean[i] = count > 0 ? s.mean : Double.NaN;
            sd[i] = count > 1 ? Math.sqrt(s.m2 / (count - 1)) : Double.NaN;
            bias[i] = mean[i] - truePhi[i];
            rmse[i] = count > 0 ? Math.sqrt(s.squaredError / count) : Double.NaN;
            coverage[i] = count > 0 ? s.hits / (double) count : Double.NaN;
        }
        return new MethodSummary(methods.get(m), count, failures[m], mean, sd, bias, rmse, coverage);
    }

    /** @return φ̂ᵢ of the method at index m over the replications done (failed ones left out), in the order of r */
    public double[] estimates(int m, int coefficient) {
        double[] all = estimates[m][coefficient - 1];
        double[] out = new double[done];
        int k = 0;
        for (int r = 0; r < done; r++) {
            if (!Double.isNaN(all[r])) {
                out[k++] = all[r];
            }
        }
        return k == done ? out : Arrays.copyOf(out, k);
    }

    /**
     * @param prob in [0, 1]
     * @return the quantile of φ̂ᵢ (R's type 7: linear between order statistics), NaN before any replication
     */
    public double quantile(int m, int coefficient, double prob) {
        double[] v = estimates(m, coefficient);
        return v.length == 0 ? Double.NaN : Quantiles.type7(v, prob);
    }
}
