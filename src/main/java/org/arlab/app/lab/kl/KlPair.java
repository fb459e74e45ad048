package org.arlab.app.lab.kl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.arlab.app.ArParameters;
import org.arlab.app.lab.ModelShelf;
import org.arlab.core.ar.ArModel;
import org.arlab.core.neural.ModelFile;
import org.arlab.core.process.LinearProcess;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.process.SequenceModel;
import org.arlab.core.series.CurrentSeries;
import org.arlab.core.session.KlModelChoice;

/**
 * Turns the lab's two choices into models: a linear AR (sliders, the true generator of a generated series, a shelved
 * or saved network with no hidden layer, a shelved linear process) or any other {@link SequenceModel}. Both linear:
 * the closed form applies (from zero initial values, as always); otherwise Monte Carlo only. Model files are read
 * once per path and kept.
 */
final class KlPair {
    /**
     * One resolved side.
     *
     * @param linear the AR model when the side is linear, else null
     * @param model the model as a process (a linear AR from its stationary law)
     * @param description what a person reads, e.g. "neural AR lab: MLP 8 → 32 (tanh) → Gaussian"
     */
    record Side(ArModel linear, SequenceModel model, String description) {
    }

    private final List<ModelShelf.Entry> shelf;
    private final CurrentSeries series;
    private final Map<String, ModelFile> files;

    /**
     * @param shelf the shelf's entries now
     * @param series the current series, or null
     * @param files the model files read so far (a cache shared between calls)
     */
    KlPair(List<ModelShelf.Entry> shelf, CurrentSeries series, Map<String, ModelFile> files) {
        this.shelf = shelf;
        this.series = series;
        this.files = files == null ? new HashMap<>() : files;
    }

    /**
     * @throws IllegalArgumentException with a sentence for the user when the side cannot be resolved
     */
    Side resolve(String name, KlModelChoice.Source source, String key, String file, ArParameters sliders) {
        return switch (source) {
            case LINEAR -> linear(sliders.model(), "linear AR(" + sliders.orderProperty().get() + ") on the sliders",
                    name);
            case TRUTH -> truth(name);
            case SHELF -> shelved(name, key);
            case FILE -> file(name, file);
        };
    }

    private Side linear(ArModel m, String description, String name) {
        return new Side(m, LinearProcess.of(name, m), description);
    }

    private Side truth(String name) {
        if (series == null || series.model() == null) {
            throw new IllegalArgumentException(name + ": there is no current series yet (the Data lab makes one).");
        }
        ArModel m = series.model();
        String what = series.generated() ? "true generator of the series: AR(" + m.order() + ")"
                : "AR(" + m.order() + ") fitted to the loaded series (its true generator is unknown)";
        return linear(m, what, name);
    }

    private Side shelved(String name, String key) {
        for (ModelShelf.Entry e : shelf) {
            if (e.key().equals(key)) {
                return network(name, e.model(), e.label());
            }
        }
        throw new IllegalArgumentException(name + ": the model '" + key + "' is not in this session (yet): train one"
                + " in the neural or mixture lab, or pick another.");
    }

    private Side file(String name, String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(name + ": choose a model file (written by arlab train --save).");
        }
        ModelFile m = files.get(path);
        if (m == null) {
            try {
                m = ModelFile.read(Path.of(path));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(name + ": the model file " + org.arlab.core.io.Echo.of(path, 60)
                        + " cannot be read: " + e.getMessage(), e);
            }
            files.put(path, m);
        }
        String fileName = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        return network(name, NetworkProcess.of(name, m.model(), m.start()), "model file " + fileName + ": "
                + m.description());
    }

    private Side network(String name, SequenceModel model, String description) {
        if (model instanceof LinearProcess l) {
            return new Side(l.model(), l, description);
        }
        if (model instanceof NetworkProcess n && n.model().isLinear()) {
            return new Side(n.model().linearAr(), n, description + " (no hidden layer: a linear AR)");
        }
        return new Side(null, model, description);
    }

    /** @return the shelf's entries */
    List<ModelShelf.Entry> shelf() {
        return shelf;
    }
}
