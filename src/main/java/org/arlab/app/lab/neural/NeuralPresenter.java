package org.arlab.app.lab.neural;

import java.util.Locale;

import org.arlab.chart.Format;
import org.arlab.core.formula.Formula;
import org.arlab.core.formula.NeuralFormulas;

/** The Neural AR lab's sentences and formulas, from a snapshot: plain Java, read by unit tests. */
public final class NeuralPresenter {
    private NeuralPresenter() {
    }

    /** @return e.g. "Epoch 120 of 500. Validation NLL 0.812 against the linear AR's 0.901: 0.089 nats better." */
    public static String status(NeuralSnapshot s) {
        double d = s.linearValidationNll() - s.validation();
        String verdict = !Double.isFinite(d) ? "" : d > 0 ? ": " + Format.number(d) + " nats better than linear."
                : d == 0 ? ": level with linear." : ": " + Format.number(-d) + " nats worse than linear.";
        return String.format(Locale.ROOT, "Epoch %s of %s. Validation NLL %s against the linear AR's %s%s Training NLL "
                + "%s (linear %s).", Format.count(s.epoch()), Format.count(s.maxEpochs()), Format.number(s.validation()),
                Format.number(s.linearValidationNll()), verdict, Format.number(s.train()),
                Format.number(s.linearTrainNll()));
    }

    /** @return the exposure-bias summary: the error at one step and at H, free-running against teacher-forced */
    public static String exposure(NeuralSnapshot s) {
        if (s.errors() == null) {
            return "";
        }
        double[] free = s.errors().freeRunning();
        double[] tf = s.errors().teacherForced();
        int h = free.length;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Over %d starts in the validation part: "
                + "at h = %d the free-running error is %s, teacher-forced one-step %s (ratio %s).",
                s.errors().starts(), h, Format.number(free[h - 1]), Format.number(tf[h - 1]),
                Format.number(free[h - 1] / tf[h - 1])));
        if (s.twinErrors() != null) {
            sb.append(" The teacher-forced twin (same seed and budget) has ")
                    .append(Format.number(s.twinErrors().freeRunning()[h - 1])).append(" free-running at h = ")
                    .append(h).append('.');
            if (Double.isFinite(s.fedBack())) {
                sb.append(" Last epoch fed back ").append(Math.round(100 * s.fedBack())).append("% of the inputs.");
            }
        }
        double[] sc = s.trueScores();
        if (sc != null && sc.length > 1) {
            double mean = 0;
            for (int m = 0; m < sc.length - 1; m++) {
                mean += sc[m] / (sc.length - 1);
            }
            sb.append(" Scored by the true ").append(s.source()).append("'s exact log-likelihood, the rollouts average ")
                    .append(Format.number(mean)).append(" nats per step, the true continuation ")
                    .append(Format.number(sc[sc.length - 1])).append('.');
        }
        return sb.toString();
    }

    /** @return the formula panel's content */
    public static Formula formula(NeuralSnapshot s, boolean adam) {
        double[][] g = s.gradientNorms();
        double sum = 0;
        for (double[] layer : g) {
            if (layer.length > 0) {
                sum += layer[layer.length - 1] * layer[layer.length - 1];
            }
        }
        return NeuralFormulas.of(s.sigma(), s.trainMse(), s.train(), s.parameters(), s.description(), s.rate(), adam,
                Math.sqrt(sum));
    }

    /**
     * The step-by-step sampling sentence (MATH.md, problem 2B).
     *
     * @param drawnIndex the index k of the value just drawn (of the next value when {@code drawnFrom} is null)
     * @param drawnFrom the predictive it was drawn from (null before the first draw)
     * @param drawn the value drawn
     * @param next the predictive of the next value
     * @param epoch the network's epoch
     * @return e.g. "x_512 ~ N(0.42, 0.58²): drew 0.77. Next, x_513 ~ N(0.61, 0.58²)."
     */
    public static String step(int drawnIndex, org.arlab.core.neural.Predictive drawnFrom, double drawn,
            org.arlab.core.neural.Predictive next, int epoch) {
        String tail = "Next, x_" + (drawnIndex + 1) + " ~ " + law(next) + ", the network at epoch "
                + Format.count(epoch) + "; each value drawn is fed back as input.";
        if (drawnFrom == null) {
            return "From the end of the series, x_" + drawnIndex + " ~ " + law(next) + " given the values before it "
                    + "(network at epoch " + Format.count(epoch) + "): press Next value to draw it.";
        }
        return "x_" + drawnIndex + " ~ " + law(drawnFrom) + ": drew " + Format.number(drawn) + ". " + tail;
    }

    /** @return "N(m, s²)" for one Gaussian, else the mixture's size, mean and standard deviation */
    static String law(org.arlab.core.neural.Predictive p) {
        if (p.components() == 1) {
            return "N(" + Format.number(p.mean()) + ", " + Format.number(Math.sqrt(p.variance())) + "²)";
        }
        return "a mixture of " + p.components() + " Gaussians (mean " + Format.number(p.mean()) + ", sd "
                + Format.number(Math.sqrt(p.variance())) + ")";
    }
}
