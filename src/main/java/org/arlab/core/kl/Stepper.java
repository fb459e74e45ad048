package org.arlab.core.kl;

import org.arlab.core.neural.Dense;
import org.arlab.core.neural.GaussianHead;
import org.arlab.core.neural.Head;
import org.arlab.core.neural.Predictive;
import org.arlab.core.neural.Standardisation;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.neural.WindowModel;
import org.arlab.core.process.LinearProcess;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.process.SequenceModel;

/**
 * One model's conditional {@code p(x_t | x_<t)} at one t, evaluated without allocating for the Gaussian kinds: the
 * kernel of {@link ProcessKl}. A linear AR or a window network (MLP or linear, any head) has a stepper; other models
 * (recurrent nets, other generators) are scored along a whole path through {@link SequenceModel#conditionals}.
 * Holds scratch space: one per worker thread.
 */
abstract class Stepper {
    /** After {@link #at}: whether the conditional is one Gaussian, then its mean and sd; else {@link #mixture}. */
    boolean gaussian;
    double mean;
    double sd;
    /** log sd, kept with sd (NaN when not yet computed for this sd). */
    private double logSdOf = Double.NaN;
    private double logSd;
    Predictive mixture;

    /** Sets the conditional of x_t given x[0..t). */
    abstract void at(double[] x, int t);

    /** @return a stepper for the model, or null when it is scored along whole paths */
    static Stepper of(SequenceModel m) {
        if (m instanceof LinearProcess l) {
            return new Linear(l);
        }
        if (m instanceof NetworkProcess n && n.model().network() instanceof WindowModel) {
            return new Window(n.model());
        }
        return null;
    }

    /** @return log p(x) for the conditional set by {@link #at} */
    double logDensity(double x) {
        if (gaussian) {
            double r = (x - mean) / sd;
            if (sd != logSdOf) { // a network's σ is constant: one log per sequence, not per step
                logSdOf = sd;
                logSd = Math.log(sd);
            }
            return -Head.HALF_LOG_2PI - logSd - 0.5 * r * r;
        }
        return mixture.logDensity(x);
    }

    /** The linear AR: its own conditional from t = p, the stationary start's before. */
    static final class Linear extends Stepper {
        private final LinearProcess process;
        private final double c;
        private final double[] phi;
        private final double sigma;

        Linear(LinearProcess process) {
            this.process = process;
            this.c = process.model().intercept();
            this.phi = process.model().phi();
            this.sigma = process.model().sigma();
            this.gaussian = true;
        }

        @Override
        void at(double[] x, int t) {
            if (t < phi.length) {
                double[] ms = process.conditional(x, t);
                mean = ms[0];
                sd = ms[1];
                return;
            }
            double f = c;
            for (int i = 0; i < phi.length; i++) {
                f += phi[i] * x[t - 1 - i];
            }
            mean = f;
            sd = sigma;
        }
    }

    /**
     * A window network in data units: {@code z = (x − m)/s} in, the layers, the head; a Gaussian head's mean
     * {@code m + s·μ_z} and sd {@code s·σ_z} (as {@link TrainedModel#predictive}, without its allocations).
     */
    static final class Window extends Stepper {
        private final double[] theta;
        private final Dense[] layers;
        private final Head head;
        private final double m;
        private final double s;
        private final int order;
        private final double[] window;
        private final double[][] out;
        private final double headSd;

        Window(TrainedModel model) {
            WindowModel w = (WindowModel) model.network();
            this.theta = model.parameters();
            this.layers = w.layers();
            this.head = w.head();
            Standardisation sc = model.scaling();
            this.m = sc.mean();
            this.s = sc.sd();
            this.order = w.order();
            this.window = new double[order];
            this.out = new double[layers.length][];
            for (int l = 0; l < layers.length; l++) {
                out[l] = new double[layers[l].units()];
            }
            this.gaussian = head instanceof GaussianHead;
            this.headSd = gaussian ? s * Math.exp(0.5 * ((GaussianHead) head).logVariance(theta)) : Double.NaN;
        }

        @Override
        void at(double[] x, int t) {
            for (int i = 0; i < order; i++) {
                window[i] = (x[t - 1 - i] - m) / s;
            }
            double[] h = window;
            for (int l = 0; l < layers.length; l++) {
                layers[l].forward(theta, h, 0, out[l], 0);
                h = out[l];
            }
            if (gaussian) {
                int o = head.offset();
                int d = head.inputs();
                double mu = theta[o + d];
                for (int i = 0; i < d; i++) {
                    mu += theta[o + i] * h[i];
                }
                mean = m + s * mu;
                sd = headSd;
            } else {
                mixture = head.predictive(theta, h, 0).affine(m, s);
            }
        }
    }
}
