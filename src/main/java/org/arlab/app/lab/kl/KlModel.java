package org.arlab.app.lab.kl;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.arlab.app.SamplingSettings;
import org.arlab.core.ar.ArModel;

/** The KL lab's parameters — two AR models p and q, the horizon T, the Monte Carlo budget — and its latest result. */
public final class KlModel {
    /** Largest order offered for p and q. */
    public static final int MAX_ORDER = 4;

    /** One of the two models' parameters. */
    public static final class Side {
        private final IntegerProperty order;
        private final DoubleProperty[] phi = new DoubleProperty[MAX_ORDER];
        private final DoubleProperty sigma;

        Side(String name, int p, double[] phi0, double sigma0) {
            order = new SimpleIntegerProperty(this, name + "Order", p);
            for (int i = 0; i < MAX_ORDER; i++) {
                phi[i] = new SimpleDoubleProperty(this, name + "Phi" + (i + 1), i < phi0.length ? phi0[i] : 0);
            }
            sigma = new SimpleDoubleProperty(this, name + "Sigma", sigma0);
        }

        /** @return the order */
        public IntegerProperty orderProperty() {
            return order;
        }

        /** @return φ_i, i in 1..{@value #MAX_ORDER} */
        public DoubleProperty phiProperty(int i) {
            return phi[i - 1];
        }

        /** @return σ */
        public DoubleProperty sigmaProperty() {
            return sigma;
        }

        /** @return the model */
        public ArModel model() {
            double[] c = new double[order.get()];
            for (int i = 0; i < c.length; i++) {
                c[i] = phi[i].get();
            }
            return ArModel.of(c, sigma.get());
        }
    }

    private final Side p = new Side("p", 2, new double[] {0.5, -0.3}, 1);
    private final Side q = new Side("q", 2, new double[] {0.6, 0.2}, 1);
    private final DoubleProperty logHorizon = new SimpleDoubleProperty(this, "logHorizon", Math.log10(200));
    private final SamplingSettings sampling = new SamplingSettings(5, 4.5, 6, 42);
    private final ReadOnlyObjectWrapper<KlSnapshot> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @return p, the model the samples come from */
    public Side p() {
        return p;
    }

    /** @return q */
    public Side q() {
        return q;
    }

    /** @return log10 T */
    public DoubleProperty logHorizonProperty() {
        return logHorizon;
    }

    /** @return the largest M (sequences), the pace and the seed */
    public SamplingSettings sampling() {
        return sampling;
    }

    /** @return T */
    public int horizon() {
        return (int) Math.round(Math.pow(10, logHorizon.get()));
    }

    /** @return the latest exact values and Monte Carlo estimates */
    public ReadOnlyObjectProperty<KlSnapshot> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a warning or error for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(KlSnapshot s) {
        result.set(s);
    }

    void say(String text) {
        message.set(text);
    }
}
