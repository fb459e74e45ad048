package org.arlab.core.ar;

/**
 * The sufficient statistics of the conditional AR(p) likelihood (MATH.md, "Sufficient statistics"): with
 * {@code z_t = (y_t, 1, y_{t−1}, …, y_{t−p})} for t = p+1..n, the Gram matrix {@code G = Σ_t z_t z_tᵀ}. After one pass
 * over the data, {@code SSR(β) = G₀₀ − 2βᵀg + βᵀHβ} for β = (c, φ_1..φ_p), so the log-likelihood and its gradient at
 * any parameter cost O(p²), whatever n is.
 * <p>Following MATH.md's "Numerical care", G is held for the centred series {@code x_t = (y_t − ȳ)/s} ({@link
 * Centring}: s a power of two near the spread), where the quadratic form loses no digits to the level of the data
 * (with y itself, at a mean of 10⁶ standard deviations, G₀₀ − 2βᵀg + βᵀHβ cancels twelve digits). Every method takes
 * and returns the original units: c and φ of y map to {@code c_x = (c − ȳ(1 − Σφ))/s} and the same φ.
 * <p>The pass computes the lagged products {@code Σ_s x_s x_{s−k}} for k = 0..p block by block (dot products over a
 * cache-sized buffer of centred values), then corrects each entry for the few terms outside the conditioning window.
 */
public final class GramMatrix {
    /** Values per block of the pass (16 KiB of doubles, plus p). */
    static final int BLOCK = 2048;

    private final int p;
    private final int nobs;
    /** (p + 2) × (p + 2), row-major, of the centred series; index 0 is x_t, 1 the constant, 1 + i the lag i. */
    private final double[] g;
    private final Centring units;

    private GramMatrix(int p, int nobs, double[] g, Centring units) {
        this.p = p;
        this.nobs = nobs;
        this.g = g;
        this.units = units;
    }

    /** Builds G for all equations t = p+1..n. */
    public static GramMatrix of(double[] y, int p) {
        return of(y, p, p + 1);
    }

    /**
     * Builds G for the terms t = first..n (1-based, first ≥ p + 1): the common sample of order selection starts all
     * orders at t = P + 1. The series is centred on its mean and scaled first.
     *
     * @param y the series
     * @param p the order, 0 or more
     * @param first the first t whose equation counts (p + 1 for all of them)
     */
    public static GramMatrix of(double[] y, int p, int first) {
        check(y.length, p, first);
        return of(y, p, first, Centring.of(y, true));
    }

    /** Builds G of {@code units.apply(y)} for t = first..n. */
    static GramMatrix of(double[] y, int p, int first, Centring units) {
        int n = check(y.length, p, first);
        int m = p + 2;
        double[] g = new double[m * m];
        int lo = first - 1; // 0-based index of the first y_t used
        int start = lo - p;
        double[] cross = new double[p + 1];
        double sum = 0;
        double shift = units.shift();
        double inv = 1 / units.scale();
        double[] buf = new double[BLOCK + p + 4];
        // cross[k] = Σ x_s x_{s+k} over s in [start, n − 1 − k]; trimmed per entry below. Past the end of the series
        // the buffer holds zeros, so every lag runs over the whole block.
        for (int b0 = start; b0 < n; b0 += BLOCK) {
            int len = Math.min(BLOCK, n - b0);
            int filled = Math.min(len + p, n - b0);
            for (int j = 0; j < filled; j++) {
                buf[j] = (y[b0 + j] - shift) * inv;
            }
            java.util.Arrays.fill(buf, filled, buf.length, 0);
            sum += LagProducts.sum(buf, len);
            LagProducts.correlate(buf, buf, len, p + 1, cross);
        }
        // entry (a, b) for lags a ≤ b (lag 0 = x_t): Σ_{t=lo}^{n−1} x_{t−a} x_{t−b} = Σ_{s=lo−b}^{n−1−b} x_s x_{s+(b−a)}
        for (int a = 0; a <= p; a++) {
            for (int b = a; b <= p; b++) {
                int k = b - a;
                double v = cross[k];
                for (int s = start; s < lo - b; s++) {
                    v -= (y[s] - shift) * inv * ((y[s + k] - shift) * inv);
                }
                for (int s = n - b; s <= n - 1 - k; s++) {
                    v -= (y[s] - shift) * inv * ((y[s + k] - shift) * inv);
                }
                set(g, m, index(a), index(b), v);
            }
        }
        // entry (lag a, constant): Σ_{t=lo}^{n−1} x_{t−a}
        for (int a = 0; a <= p; a++) {
            double v = sum;
            for (int s = start; s < lo - a; s++) {
                v -= (y[s] - shift) * inv;
            }
            for (int s = n - a; s < n; s++) {
                v -= (y[s] - shift) * inv;
            }
            set(g, m, index(a), 1, v);
        }
        set(g, m, 1, 1, n - lo);
        return new GramMatrix(p, n - lo, g, units);
    }

    private static int check(int n, int p, int first) {
        if (p < 0 || first < p + 1 || first > n) {
            throw new IllegalArgumentException("An AR(" + p + ") needs more than " + (first - 1) + " values; the "
                    + "series has " + n + ".");
        }
        return n;
    }

    /**
     * A Gram matrix from its entries in the series' own units.
     *
     * @param p the order
     * @param nobs the number of equations
     * @param entries (p + 2)², row-major, index 0 = y_t, 1 = constant, 1 + i = lag i
     */
    public static GramMatrix fromEntries(int p, int nobs, double[] entries) {
        return fromCentredEntries(p, nobs, entries, 0, 1);
    }

    /**
     * A Gram matrix from the entries of the centred series {@code x = (y − shift)/scale}, as {@link
     * org.arlab.core.likelihood.PrefixGram} computes them.
     *
     * @param p the order
     * @param nobs the number of equations
     * @param entries (p + 2)², row-major, index 0 = x_t, 1 = constant, 1 + i = lag i
     * @param shift the value subtracted from y
     * @param scale the positive value the difference was divided by
     */
    public static GramMatrix fromCentredEntries(int p, int nobs, double[] entries, double shift, double scale) {
        if (entries.length != (p + 2) * (p + 2)) {
            throw new IllegalArgumentException("A Gram matrix of order " + p + " has " + (p + 2) * (p + 2)
                    + " entries.");
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("The scale must be positive, not " + scale + ".");
        }
        return new GramMatrix(p, nobs, entries.clone(), new Centring(shift, scale));
    }

    /** Position in z of lag a: y_t (a = 0) is 0, lag a ≥ 1 is a + 1. */
    private static int index(int lag) {
        return lag == 0 ? 0 : lag + 1;
    }

    private static void set(double[] g, int m, int i, int j, double v) {
        g[i * m + j] = v;
        g[j * m + i] = v;
    }

    /** @return the order p */
    public int order() {
        return p;
    }

    /** @return N, the number of equations (terms of the conditional likelihood) */
    public int nobs() {
        return nobs;
    }

    /** @return the units the entries are held in */
    Centring units() {
        return units;
    }

    /** @return the entry (i, j) of the centred series' G */
    double centred(int i, int j) {
        return g[i * (p + 2) + j];
    }

    /**
     * @return G[i][j] of the series in its own units, index 0 = y_t, 1 = constant, 1 + i = lag i (each y-index is
     *     s·x + shift·1, so the entry is expanded from the centred ones)
     */
    public double get(int i, int j) {
        double s = units.scale();
        double m = units.shift();
        double n1 = centred(1, 1);
        if (i == 1 && j == 1) {
            return n1;
        }
        if (i == 1 || j == 1) {
            int a = i == 1 ? j : i;
            return s * centred(a, 1) + m * n1;
        }
        return s * s * centred(i, j) + s * m * (centred(i, 1) + centred(1, j)) + m * m * n1;
    }

    /** @return c_x = (c − shift·(1 − Σφ))/scale, the intercept of the centred series */
    private double centredIntercept(double c, double[] phi) {
        return (c - units.shift() * (1 - sum(phi))) / units.scale();
    }

    static double sum(double[] phi) {
        double s = 0;
        for (double v : phi) {
            s += v;
        }
        return s;
    }

    /** The sum of squared residuals of the centred series at (c_x, φ), in its units. */
    double centredSsr(double cx, double[] phi) {
        int m = p + 2;
        double s = g[0];
        for (int i = 1; i < m; i++) {
            double bi = i == 1 ? cx : phi[i - 2];
            s -= 2 * bi * g[i];
            double row = 0;
            for (int j = 1; j < m; j++) {
                row += g[i * m + j] * (j == 1 ? cx : phi[j - 2]);
            }
            s += bi * row;
        }
        return Math.max(0, s);
    }

    /** @return the c_x minimising the centred SSR for fixed φ, {@code (g_c − Σ φ_i H_{c,i}) / N} */
    double centredBestIntercept(double[] phi) {
        int m = p + 2;
        double v = g[1];
        for (int i = 0; i < p; i++) {
            v -= phi[i] * g[m + 2 + i];
        }
        return v / g[m + 1];
    }

    /**
     * The profile over the intercept: for fixed φ, the c minimising SSR (in the series' units).
     */
    public double bestIntercept(double[] phi) {
        return units.scale() * centredBestIntercept(phi) + units.shift() * (1 - sum(phi));
    }

    /**
     * The sum of squared residuals at β = (c, φ_1..φ_p): {@code G₀₀ − 2βᵀg + βᵀHβ}, O(p²), evaluated on the centred
     * series.
     */
    public double ssr(double c, double[] phi) {
        double s = units.scale();
        return s * s * centredSsr(centredIntercept(c, phi), phi);
    }

    /** @return the SSR at φ with c at its best value for that φ ({@link #bestIntercept}), or at c = 0 */
    public double profileSsr(double[] phi, boolean intercept) {
        double s = units.scale();
        double cx = intercept ? centredBestIntercept(phi) : centredIntercept(0, phi);
        return s * s * centredSsr(cx, phi);
    }

    /**
     * @return the SSR of the deviations from a process mean μ, {@code Σ (y_t − μ − Σ φ_i (y_{t−i} − μ))²}: the
     *     conditional part of the exact likelihood, with c = μ(1 − Σφ) formed in centred units
     */
    public double ssrAroundMean(double mu, double[] phi) {
        double s = units.scale();
        return s * s * centredSsr((mu - units.shift()) / s * (1 - sum(phi)), phi);
    }

    /**
     * The conditional log-likelihood (MATH.md, problem 1): {@code −N/2 · log(2πσ²) − SSR/(2σ²)}.
     */
    public double logLikelihood(double c, double[] phi, double sigma2) {
        return -0.5 * nobs * Math.log(2 * Math.PI * sigma2) - ssr(c, phi) / (2 * sigma2);
    }

    /**
     * The gradient of the conditional log-likelihood: {@code ∂ℓ/∂β = (g − Hβ)/σ²} for β = (c, φ) — the normal
     * equations {@code Σ_t y_{t−j}(y_t − c − Σ_i φ_i y_{t−i}) = 0} at a zero — and
     * {@code ∂ℓ/∂σ² = −N/(2σ²) + SSR/(2σ⁴)}. Formed on the centred series: with d = g_x − H_xβ_x,
     * {@code ∂ℓ/∂c = s·d_c/σ²} and {@code ∂ℓ/∂φ_i = (s²d_i + s·shift·d_c)/σ²}.
     *
     * @return {∂ℓ/∂c, ∂ℓ/∂φ_1, …, ∂ℓ/∂φ_p, ∂ℓ/∂σ²}
     */
    public double[] gradient(double c, double[] phi, double sigma2) {
        int m = p + 2;
        double s = units.scale();
        double cx = centredIntercept(c, phi);
        double[] d = new double[m - 1];
        for (int i = 1; i < m; i++) {
            double v = g[i];
            for (int j = 1; j < m; j++) {
                v -= g[i * m + j] * (j == 1 ? cx : phi[j - 2]);
            }
            d[i - 1] = v;
        }
        double[] grad = new double[p + 2];
        grad[0] = s * d[0] / sigma2;
        for (int i = 1; i <= p; i++) {
            grad[i] = (s * s * d[i] + s * units.shift() * d[0]) / sigma2;
        }
        grad[p + 1] = -0.5 * nobs / sigma2 + ssr(c, phi) / (2 * sigma2 * sigma2);
        return grad;
    }

    /**
     * Least squares from the Gram matrix by {@link LeastSquares}, the solver of every fit: a Cholesky solve of the
     * centred normal equations (without an intercept, of the series' own, uncentred, ones); σ̂² = SSR/N and
     * Cov(β̂) = σ̂²(XᵀX)⁻¹, mapped back to the series' units.
     *
     * @param intercept whether β includes c (else c = 0)
     * @return {β̂ as (c, φ_1..φ_p), then the covariance rows of (c, φ) (a zero row and column for c when it is not
     *     estimated)}, so result[0] is β̂ and result[1 + a][b] the covariance
     * @throws IllegalArgumentException when H is singular
     */
    public double[][] leastSquares(boolean intercept) {
        return LeastSquares.fromGram(this, intercept);
    }
}
