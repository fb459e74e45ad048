package org.arlab.app.lab.mixture;

import org.arlab.chart.Format;
import org.arlab.core.mixture.MixtureExperiment;
import org.arlab.core.mixture.MixtureFrame;
import org.arlab.core.session.MixtureSettings;

/** The Mixture lab's words and numbers, plain Java so that tests read them without a window. */
public final class MixturePresenter {
    private MixturePresenter() {
    }

    /** @return 3C(D + 1) */
    public static int headParameters(int c, int d) {
        return 3 * c * (d + 1);
    }

    /**
     * @return the live parameter counter, e.g. "Head: 3C(D + 1) = 3·3·(16 + 1) = 153 · the rest: 32 · network: 185
     *     parameters"
     */
    public static String counter(MixtureSettings s) {
        int head = headParameters(s.components(), s.hidden());
        int total = MixtureExperiment.parameterCount(s);
        return "Head: 3C(D + 1) = 3·" + s.components() + "·(" + s.hidden() + " + 1) = " + Format.count(head)
                + "\nthe rest of the network: " + Format.count(total - head) + "\nin all: " + Format.count(total)
                + " parameters";
    }

    /** @return the heat map's title */
    public static String mapTitle(MixtureFrame f) {
        return f.settings().part() == MixtureSettings.Part.SINUSOID
                ? "Conditional density p(t | x), C = " + f.components() + " " + epoch(f.epoch())
                : "Density fan p(xₜ | x₍<t₎) of " + sourceName(f.settings().source()) + ", C = " + f.components()
                        + " " + epoch(f.epoch());
    }

    /**
     * @return "(epoch 1 376)" with no-break spaces: the chart title wraps at spaces, and at 1280×720 it broke the
     *     number itself ("epoch 1" on one line, "376" on the next)
     */
    static String epoch(long epoch) {
        return "(epoch\u00A0" + Format.countUnbroken(epoch) + ")";
    }

    /** @return the per-probe chart's title */
    public static String probeTitle(MixtureFrame f) {
        return f.settings().part() == MixtureSettings.Part.SINUSOID
                ? "p(t | x = " + Format.number(f.probeX()) + ")"
                : "p(xₜ | x₍<t₎) at t = " + Format.count(Math.round(f.probeX()));
    }

    /** @return what a source is called */
    public static String sourceName(MixtureSettings.Source s) {
        return switch (s) {
            case REGIME -> "a regime-switching AR";
            case THRESHOLD -> "a threshold AR";
            case DOUBLE_WELL -> "a double well";
            case LOADED -> "the Data lab's series";
        };
    }

    /** @return the status: epoch, validation NLLs of C and of one Gaussian, and the exact floor when known */
    public static String status(MixtureFrame f) {
        StringBuilder sb = new StringBuilder();
        sb.append("Epoch ").append(Format.count(f.epoch())).append(" of ").append(Format.count(f.maxEpochs()))
                .append("\nValidation NLL per observation:\n  C = ").append(f.components()).append(": ")
                .append(Format.number(f.validationNll()));
        if (f.components() != 1) {
            sb.append("\n  C = 1 (one Gaussian): ").append(Format.number(f.validationNllOne()));
            sb.append("\n  difference: ").append(Format.number(f.validationNllOne() - f.validationNll()))
                    .append(" nats");
        }
        if (Double.isFinite(f.exactNll())) {
            sb.append("\n  true process (exact conditional): ").append(Format.number(f.exactNll()));
        }
        return sb.toString();
    }
}
