package org.arlab.core.session;

/**
 * The KL lab's parameters.
 *
 * @param p the model the samples come from
 * @param q the other model
 * @param logHorizon log10 T
 * @param sampling the Monte Carlo budget
 * @param pModel which model p is (the linear AR of {@code p}, a shelf entry, a model file, the true generator)
 * @param qModel which model q is
 * @param reference a long run's KL_T(p‖q) for a pair with no closed form, or {@link KlReference#NONE}
 */
public record KlSettings(ArSettings p, ArSettings q, double logHorizon, SamplingBudget sampling, KlModelChoice pModel,
        KlModelChoice qModel, KlReference reference) {
    /** The lab's start: p = AR(2) (0.5, −0.3), q = AR(2) (0.6, 0.2), σ = 1; T = 200; M up to 10⁵, seed 42. */
    public static final KlSettings DEFAULT = new KlSettings(new ArSettings(2, new double[] {0.5, -0.3, 0, 0}, 1),
            new ArSettings(2, new double[] {0.6, 0.2, 0, 0}, 1), Math.log10(200), new SamplingBudget(5, 4.5, 42),
            KlModelChoice.LINEAR, KlModelChoice.LINEAR, KlReference.NONE);

    /** The KL lab's place in a session file: {@code labs.kl}. */
    public static final LabSlot<KlSettings> SLOT = new LabSlot<>("kl", KlSettings.class, DEFAULT);

    /** Two linear AR models, as before the lab compared any two models. */
    public KlSettings(ArSettings p, ArSettings q, double logHorizon, SamplingBudget sampling) {
        this(p, q, logHorizon, sampling, KlModelChoice.LINEAR, KlModelChoice.LINEAR, KlReference.NONE);
    }

    /**
     * @throws IllegalArgumentException for a missing part or a horizon off its scale
     */
    public KlSettings {
        if (p == null || q == null || sampling == null || pModel == null || qModel == null || reference == null) {
            throw new IllegalArgumentException("the KL lab needs p, q and its sampling budget.");
        }
        HorizonSettings.range("log10 T", logHorizon, 0, Math.log10(2000));
    }
}
