package org.arlab.cli;

import org.arlab.core.neural.Dense;
import org.arlab.core.neural.GaussianHead;
import org.arlab.core.neural.Head;
import org.arlab.core.neural.MixtureHead;
import org.arlab.core.neural.RecurrentModel;
import org.arlab.core.neural.GruCell;
import org.arlab.core.neural.SeriesNetwork;
import org.arlab.core.neural.TrainedModel;
import org.arlab.core.neural.WindowModel;

/**
 * The file {@code train --save} writes: a trained network, enough to rebuild it (for the KL lab) —
 * {@code {"format": "arlab-neural-model", "version": 1, "series", "log10", "model", "description",
 * "network": {"kind": "window", "order", "hidden": [..], "activation"} or {"kind": "recurrent", "cell", "hidden",
 * "warmup"}, "head": {"kind": "gaussian", "sigma": "learned"} or {"kind": "gaussian", "sigma": "fixed",
 * "logVariance"} or {"kind": "mixture", "components"}, "scaling": {"mean", "sd"}, "parameters": [θ in the layout of
 * org.arlab.core.neural], "start": [the first max(1, first) values of the series, in the model's units]}}; read back by
 * {@link org.arlab.core.neural.ModelFile}; the network works on {@code (x − mean)/sd}, x after log10 when "log10" is true.
 */
final class ModelJson {
    /** The format's name. */
    static final String FORMAT = "arlab-neural-model";

    private ModelJson() {
    }

    static String of(TrainedModel m, String series, boolean log10, String model) {
        return of(m, series, log10, model, null);
    }

    /**
     * @param start the first values of the training series (the fixed prefix the KL lab starts the model from), or
     *     null to leave "start" out
     */
    static String of(TrainedModel m, String series, boolean log10, String model, double[] start) {
        SeriesNetwork net = m.network();
        Json j = new Json().beginObject();
        j.name("format").value(FORMAT).name("version").value(1);
        j.name("series").value(series).name("log10").value(log10);
        j.name("model").value(model).name("description").value(net.describe());
        j.name("network").beginObject();
        if (net instanceof WindowModel w) {
            j.name("kind").value("window").name("order").value(w.order()).name("hidden").beginArray();
            Dense[] layers = w.layers();
            for (Dense d : layers) {
                j.value(d.units());
            }
            j.endArray().name("activation").value(layers.length == 0 ? "identity" : layers[0].activation().key());
        } else {
            RecurrentModel r = (RecurrentModel) net;
            j.name("kind").value("recurrent").name("cell").value(r.cell() instanceof GruCell ? "gru" : "rnn")
                    .name("hidden").value(r.cell().hidden()).name("warmup").value(r.first());
        }
        j.endObject();
        j.name("head").beginObject();
        Head head = net.head();
        double[] theta = m.parameters();
        if (head instanceof MixtureHead mix) {
            j.name("kind").value("mixture").name("components").value(mix.components());
        } else {
            GaussianHead g = (GaussianHead) head;
            j.name("kind").value("gaussian").name("sigma").value(g.learnsSigma() ? "learned" : "fixed");
            if (!g.learnsSigma()) {
                j.name("logVariance").value(g.logVariance(theta));
            }
        }
        j.endObject();
        j.name("scaling").beginObject().name("mean").value(m.scaling().mean()).name("sd").value(m.scaling().sd())
                .endObject();
        j.name("parameters").array(theta);
        if (start != null) {
            j.name("start").array(start);
        }
        return j.endObject().toString();
    }
}
