package org.arlab.chart;

/** The viridis colour map (perceptually uniform, readable by colour-blind viewers), by linear interpolation. */
final class Viridis {
    private static final int[] STOPS = {
        0x440154, 0x482777, 0x3F4A8A, 0x31678E, 0x26838F, 0x1F9D8A, 0x6CCE5A, 0xB6DE2B, 0xFEE825
    };

    private Viridis() {
    }

    /** @return the ARGB colour at t in [0, 1] (clamped) */
    static int argb(double t) {
        if (!(t > 0)) {
            t = 0;
        } else if (t > 1) {
            t = 1;
        }
        double pos = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) pos);
        double f = pos - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
