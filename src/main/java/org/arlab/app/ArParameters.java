package org.arlab.app;

import org.arlab.core.session.ArSettings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.arlab.core.ar.ArModel;

/** The sliders' side of an AR(p) model without intercept: the order, φ_1..φ_max and σ, as properties. */
public final class ArParameters {
    private final IntegerProperty order;
    private final DoubleProperty[] phi;
    private final DoubleProperty sigma;

    /**
     * @param name a prefix for the properties' names
     * @param maxOrder the largest order offered
     * @param order the initial order
     * @param phi0 the initial φ (missing ones are 0)
     * @param sigma0 the initial σ
     */
    public ArParameters(String name, int maxOrder, int order, double[] phi0, double sigma0) {
        this.order = new SimpleIntegerProperty(this, name + "Order", order);
        this.phi = new DoubleProperty[maxOrder];
        for (int i = 0; i < maxOrder; i++) {
            phi[i] = new SimpleDoubleProperty(this, name + "Phi" + (i + 1), i < phi0.length ? phi0[i] : 0);
        }
        this.sigma = new SimpleDoubleProperty(this, name + "Sigma", sigma0);
    }

    /**
     * @param name a prefix for the properties' names
     * @param maxOrder the largest order offered
     * @param start the initial order, φ and σ
     */
    public ArParameters(String name, int maxOrder, ArSettings start) {
        this(name, maxOrder, start.order(), start.phi(), start.sigma());
    }

    /** @return the order */
    public IntegerProperty orderProperty() {
        return order;
    }

    /** @return φ_i, i in 1..max order */
    public DoubleProperty phiProperty(int i) {
        return phi[i - 1];
    }

    /** @return σ */
    public DoubleProperty sigmaProperty() {
        return sigma;
    }

    /** @return the largest order offered */
    public int maxOrder() {
        return phi.length;
    }

    /**
     * @return the model of the current order, φ and σ
     * @throws IllegalArgumentException for an invalid σ
     */
    public ArModel model() {
        double[] c = new double[order.get()];
        for (int i = 0; i < c.length; i++) {
            c[i] = phi[i].get();
        }
        return ArModel.of(c, sigma.get());
    }

    /** Copies φ and σ from another model, keeping the order within 1..max order (higher coefficients are cut). */
    public void copy(ArModel m) {
        double[] c = m.phi();
        order.set(Math.max(1, Math.min(phi.length, c.length)));
        for (int i = 0; i < phi.length; i++) {
            phi[i].set(i < c.length ? c[i] : 0);
        }
        sigma.set(m.sigma());
    }

    /** @return the sliders' values, for sessions */
    public ArSettings settings() {
        double[] c = new double[phi.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = phi[i].get();
        }
        return new ArSettings(order.get(), c, sigma.get());
    }

    /** Sets the order, every φ slider and σ from a session (φ beyond this model's sliders are dropped). */
    public void apply(ArSettings s) {
        double[] c = s.phi();
        for (int i = 0; i < phi.length; i++) {
            phi[i].set(i < c.length ? c[i] : 0);
        }
        sigma.set(s.sigma());
        order.set(Math.min(phi.length, s.order()));
    }

    /** Calls {@code action} whenever the order, a φ or σ changes. */
    public void onChange(Runnable action) {
        order.addListener((o, a, b) -> action.run());
        sigma.addListener((o, a, b) -> action.run());
        for (DoubleProperty p : phi) {
            p.addListener((o, a, b) -> action.run());
        }
    }
}
