package org.arlab.app.lab;

import java.util.List;

import org.arlab.app.lab.data.DataLab;
import org.arlab.app.lab.fit.FitLab;
import org.arlab.app.lab.horizon.HorizonLab;
import org.arlab.app.lab.kl.KlLab;
import org.arlab.app.lab.likelihood.LikelihoodLab;
import org.arlab.app.lab.montecarlo.McLab;
import org.arlab.app.lab.neural.NeuralLab;
import org.arlab.chart.LabCatalog;

/**
 * The labs, in the navigator's order: the one list the navigator, the Ctrl+digit shortcuts, sessions,
 * {@code arlab export --lab}, the export-lab action and the UI tests walk. Adding a lab is one package and one line
 * here. The first lab is the Data lab, whose model is the current series the others read.
 */
public final class Labs {
    /** Every lab, in order. */
    public static final List<LabModule<?, ?>> ALL = List.of(DataLab.MODULE, FitLab.MODULE, LikelihoodLab.MODULE,
            HorizonLab.MODULE, KlLab.MODULE, McLab.MODULE, NeuralLab.MODULE,
            org.arlab.app.lab.mixture.MixtureLab.MODULE, org.arlab.app.lab.memory.MemoryLab.MODULE,
            org.arlab.app.lab.sampling.SamplingLab.MODULE);

    private Labs() {
    }

    /** @return the labs seen headless: session slots and main figures */
    public static LabCatalog catalog() {
        return LabCatalog.of(ALL);
    }
}
