package org.arlab.app.lab.data;

import java.util.List;

/**
 * A named setting of the Data lab's generator.
 *
 * @param name the menu text
 * @param phi the coefficients
 * @param sigma the innovation standard deviation
 */
public record Preset(String name, double[] phi, double sigma) {
    /** The presets offered in the menu. */
    public static final List<Preset> ALL = List.of(
            new Preset("White noise", new double[] {0}, 1),
            new Preset("AR(1), φ = 0.8", new double[] {0.8}, 1),
            new Preset("AR(1), φ = −0.8 (alternating)", new double[] {-0.8}, 1),
            new Preset("Near unit root, φ = 0.99", new double[] {0.99}, 1),
            new Preset("Random walk, φ = 1", new double[] {1}, 1),
            new Preset("AR(2) pseudo-cycles, period 12", new double[] {1.5, -0.75}, 1),
            new Preset("Explosive, φ = 1.05", new double[] {1.05}, 1));
}
