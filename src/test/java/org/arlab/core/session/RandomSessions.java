package org.arlab.core.session;

import java.util.SplittableRandom;

import org.arlab.core.ar.ArFit;
import org.arlab.core.series.Series;

/** Seeded random sessions for round-trip tests, in the core and through the window. */
public final class RandomSessions {
    /** The labs after Data, as the window writes them (the same keys and order as its lab modules). */
    public static final java.util.List<LabSlot<?>> SLOTS = java.util.List.of(FitSettings.SLOT, LikelihoodSettings.SLOT,
            HorizonSettings.SLOT, KlSettings.SLOT, McSettings.SLOT, NeuralSettings.SLOT,
            MixtureSettings.SLOT, MemorySettings.SLOT, ReplicateSettings.SLOT);

    private RandomSessions() {
    }

    /** @return random values for every lab, each within its controls' range (so a window shows them unchanged); doubles drawn over their whole bit patterns. */
    public static Session next(SplittableRandom rnd) {
        double[] phi = new double[1 + rnd.nextInt(DataScenario.MAX_ORDER)];
        for (int i = 0; i < phi.length; i++) {
            phi[i] = rnd.nextDouble(-2, 2);
        }
        DataScenario d = DataScenario.of(phi, rnd.nextDouble(0.05, 5),
                rnd.nextDouble(-10, 10), 10 + rnd.nextInt(1000), rnd.nextLong(), new double[0]);
        FitSettings fit = new FitSettings(ArFit.Method.values()[rnd.nextInt(4)],
                org.arlab.core.ar.OrderChoice.values()[rnd.nextInt(3)], rnd.nextInt(21), 1 + rnd.nextInt(30),
                rnd.nextBoolean(), 1 + rnd.nextInt(200));
        LikelihoodSettings.Ascent ascent = rnd.nextBoolean() ? LikelihoodSettings.Ascent.NONE
                : new LikelihoodSettings.Ascent(true, rnd.nextDouble(-2, 2), rnd.nextDouble(-1, 1), rnd.nextInt(501));
        LikelihoodSettings lik = new LikelihoodSettings(rnd.nextBoolean(), rnd.nextBoolean(), 1 + rnd.nextInt(6),
                1 + rnd.nextInt(6), rnd.nextDouble(), rnd.nextDouble(-3, 1), ascent);
        HorizonSettings hor = new HorizonSettings(ar(rnd, 4), rnd.nextDouble(Math.log10(20), 5), rnd.nextDouble(1, 3),
                rnd.nextDouble(1, 4), rnd.nextLong());
        KlModelChoice.Source[] sources = KlModelChoice.Source.values();
        KlModelChoice pm = new KlModelChoice(sources[rnd.nextInt(sources.length)], "neural." + rnd.nextInt(9),
                rnd.nextBoolean() ? "" : "/tmp/m" + rnd.nextInt(99) + ".json");
        KlModelChoice qm = new KlModelChoice(sources[rnd.nextInt(sources.length)], rnd.nextBoolean() ? ""
                : "mixture.trained", "a model é ü.json");
        KlReference ref = rnd.nextBoolean() ? KlReference.NONE : new KlReference("p = " + rnd.nextInt(),
                rnd.nextDouble(0, 100), rnd.nextDouble(0, 1), 1 + rnd.nextInt(1_000_000));
        KlSettings kl = new KlSettings(ar(rnd, 4), ar(rnd, 4), rnd.nextDouble(0, Math.log10(2000)), budget(rnd, 6),
                pm, qm, ref);
        double[] a = new double[5];
        for (int k = 0; k < a.length; k++) {
            a[k] = rnd.nextDouble(-3, 3);
        }
        McSettings mc = new McSettings(rnd.nextInt(5), a, rnd.nextDouble(-3, 3), rnd.nextDouble(0, 5),
                budget(rnd, 7));
        Session s = new Session(d, null).with(FitSettings.SLOT, fit).with(LikelihoodSettings.SLOT, lik)
                .with(HorizonSettings.SLOT, hor).with(KlSettings.SLOT, kl).with(McSettings.SLOT, mc)
                .with(NeuralSettings.SLOT, neural(rnd)).with(MemorySettings.SLOT, memory(rnd))
                .with(MixtureSettings.SLOT, new MixtureSettings(
                        MixtureSettings.Part.values()[rnd.nextInt(2)], MixtureSettings.Source.values()[rnd.nextInt(4)],
                        1 + rnd.nextInt(MixtureSettings.MAX_COMPONENTS), 1 + rnd.nextInt(MixtureSettings.MAX_HIDDEN),
                        MixtureSettings.Network.values()[rnd.nextInt(2)], 1 + rnd.nextInt(MixtureSettings.MAX_ORDER),
                        rnd.nextDouble(-4, -0.5), rnd.nextLong(), rnd.nextDouble()));
        s = s.with(ReplicateSettings.SLOT, new ReplicateSettings(ar(rnd, 3), rnd.nextDouble(-10, 10),
                rnd.nextBoolean(), rnd.nextDouble(Math.log10(20), 5), rnd.nextDouble(1, 5), rnd.nextBoolean(),
                rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextLong()));
        if (rnd.nextBoolean()) {
            double[] v = new double[rnd.nextInt(Session.MIN_LOADED, 50)];
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextGaussian() * 1e3;
            }
            s = s.withLoaded(Series.of("lynx.csv", v), rnd.nextInt(31), "classic series: lynx, \"Canadian\" trappings");
        }
        return s;
    }

    private static NeuralSettings neural(SplittableRandom rnd) {
        org.arlab.core.neural.Schedule[] schedules = {org.arlab.core.neural.Schedule.TEACHER_FORCING,
            org.arlab.core.neural.Schedule.linear(rnd.nextDouble(0.001, 0.1), rnd.nextDouble()),
            org.arlab.core.neural.Schedule.exponential(rnd.nextDouble(0.9, 0.999)),
            org.arlab.core.neural.Schedule.inverseSigmoid(rnd.nextDouble(1, 200))};
        int max = 1 + rnd.nextInt(NeuralSettings.MAX_EPOCHS);
        double[] w = new double[rnd.nextInt(3) == 0 ? rnd.nextInt(40) : 0];
        for (int i = 0; i < w.length; i++) {
            w[i] = rnd.nextGaussian();
        }
        org.arlab.core.neural.Activation[] acts = {org.arlab.core.neural.Activation.TANH,
            org.arlab.core.neural.Activation.RELU};
        return new NeuralSettings(NeuralSettings.Source.values()[rnd.nextInt(NeuralSettings.Source.values().length)],
                50 + rnd.nextInt(NeuralSettings.MAX_LENGTH - 49), rnd.nextLong(), rnd.nextDouble(0.1, 0.5),
                NeuralSettings.Architecture.values()[rnd.nextInt(3)], 1 + rnd.nextInt(NeuralSettings.MAX_ORDER),
                1 + rnd.nextInt(NeuralSettings.MAX_HIDDEN), 1 + rnd.nextInt(2), acts[rnd.nextInt(2)], rnd.nextBoolean(),
                rnd.nextDouble(0.05, 3), rnd.nextBoolean(), rnd.nextDouble(-4, 0), rnd.nextInt(1025), max,
                rnd.nextLong(), schedules[rnd.nextInt(4)], 1 + rnd.nextInt(100), 1 + rnd.nextInt(200),
                rnd.nextDouble(), rnd.nextInt(max + 1), w);
    }

    private static MemorySettings memory(SplittableRandom rnd) {
        return new MemorySettings(MemorySettings.Source.values()[rnd.nextInt(MemorySettings.Source.values().length)],
                5 + rnd.nextInt(196), rnd.nextInt(-95, 96) / 100.0, 500 + rnd.nextInt(3501), 1 + rnd.nextInt(32),
                2 + rnd.nextInt(31), rnd.nextInt(201), rnd.nextInt(-400, -99) / 100.0, 10 + rnd.nextInt(1991),
                rnd.nextBoolean(), rnd.nextInt(50, 151) / 100.0, rnd.nextLong());
    }

    private static ArSettings ar(SplittableRandom rnd, int max) {
        double[] phi = new double[max];
        for (int i = 0; i < max; i++) {
            phi[i] = rnd.nextDouble(-2, 2);
        }
        return new ArSettings(1 + rnd.nextInt(max), phi, rnd.nextDouble(0.1, 3));
    }

    private static SamplingBudget budget(SplittableRandom rnd, double top) {
        return new SamplingBudget(rnd.nextDouble(2, 6), rnd.nextDouble(1, top), rnd.nextLong());
    }

}
