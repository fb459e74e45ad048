package org.arlab.app.lab.likelihood;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.likelihood.GradientAscent;
import org.arlab.core.likelihood.SurfaceResult;

/**
 * The gradient-ascent path on the likelihood map (MATH.md, problem 2A: θ ← θ + (η/λ) ∇ℓ/N, λ the curvature of ℓ/N at
 * its top) and the sentence that says how the climb goes: where it starts, climbing steadily, falling back (η too
 * large) or leaving the map. Plain data, no JavaFX: the
 * model holds it and publishes its columns and its sentence.
 */
final class AscentPath {
    /** Steps taken at most from one start. */
    static final int MAX_STEPS = 500;

    /** What is said when there is no path. */
    static final String NO_PATH = "Click the map to start gradient ascent there.";

    private final List<GradientAscent.Point> points = new ArrayList<>();
    /** Whether the last step asked for was refused because it left the map. */
    private boolean leftMap;
    /** Whether the path has reached the top: a step would move it by less than {@link #CONVERGED}. */
    private boolean converged;

    /**
     * A step shorter than this (relative to the size of the coefficients, at least 1) is the top reached: the path
     * stops there rather than creeping on by amounts no map can show.
     */
    static final double CONVERGED = 1e-6;

    /** Starts again from one point. */
    void restart(GradientAscent.Point start) {
        points.clear();
        points.add(start);
        leftMap = false;
        converged = false;
    }

    /** Removes the path. */
    void clear() {
        points.clear();
        leftMap = false;
        converged = false;
    }

    /** @return whether there is no path */
    boolean isEmpty() {
        return points.isEmpty();
    }

    /** @return the steps taken from the start (0 with no path) */
    int steps() {
        return Math.max(0, points.size() - 1);
    }

    /** @return the first point (the path must not be empty) */
    GradientAscent.Point start() {
        return points.get(0);
    }

    /** @return the last point, or null */
    GradientAscent.Point end() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    /**
     * Takes one step on the surface's conditional ℓ.
     *
     * @param r the surface the path climbs
     * @param eta the learning rate, in units of 1/λ (λ the curvature of ℓ/N at the top)
     * @return false when no step was taken: no path, too many steps, or the step left the map (then the sentence
     *         says so)
     */
    boolean step(SurfaceResult r, double eta) {
        if (points.isEmpty() || points.size() > MAX_STEPS) {
            return false;
        }
        GradientAscent.Point last = end();
        GradientAscent.Point next = GradientAscent.step(r.gram(), r.base(), r.i(), r.j(), r.intercept(), last.x(),
                last.y(), eta / r.curvature());
        if (!Double.isFinite(next.logLikelihood()) || Math.abs(next.x()) > 1e6 || Math.abs(next.y()) > 1e6) {
            leftMap = true;
            return false;
        }
        leftMap = false;
        double moved = Math.hypot(next.x() - last.x(), next.y() - last.y());
        if (moved < CONVERGED * Math.max(1, Math.hypot(last.x(), last.y()))) {
            converged = true; // at the top: the step is refused and Play stops, the sentence says so
            return false;
        }
        converged = false;
        points.add(next);
        return true;
    }

    /** @return whether the path has reached the top (the last step asked for would not have moved it visibly) */
    boolean converged() {
        return converged;
    }

    /** @return {x, y, iteration, ℓ} of every point, for the map and the ℓ chart */
    double[][] columns() {
        int n = points.size();
        double[][] c = new double[4][n];
        for (int k = 0; k < n; k++) {
            c[0][k] = points.get(k).x();
            c[1][k] = points.get(k).y();
            c[2][k] = k;
            c[3][k] = points.get(k).logLikelihood();
        }
        return c;
    }

    /**
     * @return how the climb goes: that the path left the map, where it starts (before a step), how often ℓ fell, or
     *     that it climbs steadily
     */
    String sentence() {
        if (points.isEmpty()) {
            return NO_PATH;
        }
        if (leftMap) {
            return "The path left the map: the learning rate is far too large, each step overshoots the top and lands "
                    + "further away.";
        }
        if (converged) {
            GradientAscent.Point p = end();
            return String.format(Locale.ROOT, "Reached the top after %d steps: ℓ = %s at (%s, %s); a further step "
                    + "moves less than 10⁻⁶, so the climb stops.", steps(), Format.number(p.logLikelihood()),
                    Format.number(p.x()), Format.number(p.y()));
        }
        if (points.size() == 1) {
            GradientAscent.Point p = points.get(0);
            return String.format(Locale.ROOT, "Starts at (%s, %s), ℓ = %s: Step climbs once, Play until the top.",
                    Format.number(p.x()), Format.number(p.y()), Format.number(p.logLikelihood()));
        }
        int falls = 0;
        for (int k = 1; k < points.size(); k++) {
            if (points.get(k).logLikelihood() < points.get(k - 1).logLikelihood() - 1e-9) {
                falls++;
            }
        }
        int steps = points.size() - 1;
        return falls > 0 ? String.format(Locale.ROOT, "ℓ fell at %d of %d steps: the learning rate is too "
                + "large — above η = 2 each step overshoots the top by more than it climbed, and the path diverges. "
                + "Lower η.", falls, steps)
                : String.format(Locale.ROOT, "%d steps, ℓ = %s, climbing steadily.", steps,
                        Format.number(end().logLikelihood()));
    }

    /** @return ℓ at every point, for tests */
    double[] logLikelihoods() {
        return points.stream().mapToDouble(GradientAscent.Point::logLikelihood).toArray();
    }
}
