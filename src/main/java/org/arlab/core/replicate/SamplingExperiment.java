package org.arlab.core.replicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The Sampling lab's whole experiment: R replications at the chosen n (the main cell, filled first, so that its
 * histograms grow live), then the same design at a grid of lengths from 20 up to max(n, 1000) for the bias, RMSE and
 * coverage against n. Each cell draws its own range of streams (cell k from stream k·2⁴⁰), so a grid cell never
 * repeats the main cell's series. Work is capped: a cell runs at most {@value #MAX_WORK} simulated values times
 * methods ({@link #effectiveReplications}), a grid cell at most {@value #GRID_WORK} values (and at least 100
 * replications, never more than R).
 */
public final class SamplingExperiment {
    /** The most n·R·methods of one cell (about a minute on two cores). */
    public static final long MAX_WORK = 1_000_000_000L;
    /** The most n·R of one grid cell. */
    public static final long GRID_WORK = 4_000_000L;
    /** The lengths of the grid (those up to max(n, 1000), other than n). */
    static final int[] GRID = {20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000};
    private static final long CELL_STREAMS = 1L << 40;

    private final Replications main;
    private final List<Replications> cells = new ArrayList<>();

    /**
     * @param design the design at the chosen n
     * @param replications the R asked for (capped by {@link #effectiveReplications})
     */
    public SamplingExperiment(ReplicationDesign design, int replications) {
        this.main = new Replications(design, effectiveReplications(design, replications), 0);
        cells.add(main);
        int top = Math.max(design.n(), 1000);
        int k = 1;
        for (int len : GRID) {
            if (len <= top && len != design.n()) {
                int r = (int) Math.min(replications, Math.max(100, GRID_WORK / len));
                cells.add(new Replications(design.withLength(len), Math.min(r, replications), k * CELL_STREAMS));
            }
            k++;
        }
    }

    /** @return R capped so that n·R·methods stays within {@value #MAX_WORK} */
    public static int effectiveReplications(ReplicationDesign design, int replications) {
        long perReplication = (long) design.n() * design.methods().size();
        return (int) Math.max(1, Math.min(replications, MAX_WORK / perReplication));
    }

    /** @return the replications at the chosen n */
    public Replications main() {
        return main;
    }

    /** @return every cell with at least two replications done, the main one included, by increasing n */
    public List<Replications> curve() {
        List<Replications> out = new ArrayList<>();
        for (Replications c : cells) {
            if (c.done() >= 2) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(c -> c.design().n()));
        return out;
    }

    /** @return the replications done in every cell */
    public long count() {
        long s = 0;
        for (Replications c : cells) {
            s += c.done();
        }
        return s;
    }

    /** @return the replications of every cell */
    public long total() {
        long s = 0;
        for (Replications c : cells) {
            s += c.replications();
        }
        return s;
    }

    /**
     * Runs k more replications: the main cell's first, then the grid's in order of n.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public void advance(long k, Workers workers, BooleanSupplier cancelled) {
        long left = k;
        for (Replications c : cells) {
            if (left <= 0) {
                return;
            }
            int take = (int) Math.min(left, c.replications() - c.done());
            if (take > 0) {
                c.advance(take, workers, cancelled);
                left -= take;
            }
        }
    }
}
