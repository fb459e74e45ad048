package org.arlab.chart;

import java.util.Arrays;

/**
 * Contour lines of a function sampled on a regular grid, by marching squares with linear interpolation along cell
 * edges. The result is one polyline array with NaN breaks between segments, ready for a line renderer that skips
 * NaN points.
 */
public final class Contours {
    private Contours() {
    }

    /**
     * @param z values z[i][j] at (xs[i], ys[j]); NaN or −∞ cells are skipped
     * @param xs grid abscissae, ascending
     * @param ys grid ordinates, ascending
     * @param level the contour level
     * @return {x, y}: segment end points, each segment followed by a NaN point
     */
    public static double[][] at(double[][] z, double[] xs, double[] ys, double level) {
        int nx = xs.length;
        int ny = ys.length;
        double[] px = new double[1024];
        double[] py = new double[1024];
        int k = 0;
        double[] ex = new double[4];
        double[] ey = new double[4];
        for (int i = 0; i + 1 < nx; i++) {
            for (int j = 0; j + 1 < ny; j++) {
                double z00 = z[i][j];
                double z10 = z[i + 1][j];
                double z11 = z[i + 1][j + 1];
                double z01 = z[i][j + 1];
                if (!(Double.isFinite(z00) && Double.isFinite(z10) && Double.isFinite(z11) && Double.isFinite(z01))) {
                    continue;
                }
                int m = 0;
                // edges: bottom (00-10), right (10-11), top (01-11), left (00-01)
                if ((z00 >= level) != (z10 >= level)) {
                    ex[m] = lerp(xs[i], xs[i + 1], z00, z10, level);
                    ey[m++] = ys[j];
                }
                if ((z10 >= level) != (z11 >= level)) {
                    ex[m] = xs[i + 1];
                    ey[m++] = lerp(ys[j], ys[j + 1], z10, z11, level);
                }
                if ((z01 >= level) != (z11 >= level)) {
                    ex[m] = lerp(xs[i], xs[i + 1], z01, z11, level);
                    ey[m++] = ys[j + 1];
                }
                if ((z00 >= level) != (z01 >= level)) {
                    ex[m] = xs[i];
                    ey[m++] = lerp(ys[j], ys[j + 1], z00, z01, level);
                }
                for (int s = 0; s + 1 < m; s += 2) {
                    if (k + 3 > px.length) {
                        px = Arrays.copyOf(px, px.length * 2);
                        py = Arrays.copyOf(py, py.length * 2);
                    }
                    px[k] = ex[s];
                    py[k++] = ey[s];
                    px[k] = ex[s + 1];
                    py[k++] = ey[s + 1];
                    px[k] = Double.NaN;
                    py[k++] = Double.NaN;
                }
            }
        }
        return new double[][] {Arrays.copyOf(px, k), Arrays.copyOf(py, k)};
    }

    private static double lerp(double a, double b, double za, double zb, double level) {
        double t = (level - za) / (zb - za);
        return a + t * (b - a);
    }
}
