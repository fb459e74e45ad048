package org.arlab.chart;

import java.awt.Color;

/** One colour per mixture component, the same in every Mixture lab chart, readable on the viridis map. */
public final class MixtureColours {
    private static final Color[] COLOURS = {
        new Color(0xD55E00), new Color(0xF0E442), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xE69F00),
        new Color(0xFFFFFF), new Color(0x009E73), new Color(0x999999)
    };

    private MixtureColours() {
    }

    /** @return component c's colour (0-based) */
    public static Color of(int c) {
        return COLOURS[c % COLOURS.length];
    }
}
