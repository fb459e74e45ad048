#!/usr/bin/python3
"""Exact and 40-digit reference values for issue 15 ("every number right on hard data"), for AR Lab's core tests.

Run from this folder with Debian's python (apt-get install python3-mpmath; no network needed):
    /usr/bin/python3 make_exact_fixtures.py > exact.properties
Nothing of AR Lab is used. Every series value is read as the binary64 number the Java tests read, then:

- least squares (`.ls.c` with an intercept, `.ls.n` without): the normal equations XᵀXβ = Xᵀy of the regressors
  (1, y_{t-1}, ..., y_{t-p}), t = p+1..n, built and solved in exact rational arithmetic (Python integers and
  fractions); SSR = yᵀy − βᵀXᵀy exactly; sigma2 = SSR/N; loglik = −N/2 (log(2π sigma2) + 1); se = sqrt(diag(sigma2
  (XᵀX)⁻¹)), intercept first;
- Yule–Walker (`.yw.c`, `.yw.n`): the 1/n autocovariances about the mean (about 0 for `.n`) and the Levinson–Durbin
  recursion in exact fractions; var = γ(0) Π (1 − r_k²);
- Burg (`.burg.c`, `.burg.n`): the recursion of R's ar.burg (var.method = 1) in 60-digit mpmath;
- the exact Gaussian MLE (`.mle.c`, `.mle.n`): the profile likelihood with σ² concentrated out,
  −ℓ = n/2 (log(2π S/n) + 1) + ½ log det V_p, S = w'V_p⁻¹w + Σ_{t>p} (x_t − μ − Σ φ_i (x_{t−i} − μ))², with V_p⁻¹
  built from the explicit inverse (Gohberg–Semencul) and log det V_p = −Σ k log(1 − r_k²), maximised by Newton's
  method in 60-digit mpmath (derivatives by mpmath.diff) until the step is below 1e-40; the standard errors are
  the square roots of the diagonal of the inverse observed information (Hessian of −ℓ over (φ, μ) at the optimum);
  `se` lists (φ..., μ), `seintercept` is the delta-method error of c = μ(1 − Σφ); `mineig` is the smallest
  eigenvalue of that Hessian (all positive: a strict maximum).
Numbers are printed to 17 significant digits.
"""
import math
import sys
from fractions import Fraction

import mpmath as mp

mp.mp.dps = 60


def series(name):
    with open(name + '.csv') as f:
        lines = f.read().strip().splitlines()[1:]
    v = [float(line.split(',')[1]) for line in lines]
    return [math.log10(x) for x in v] if name == 'lynx' else v


def out(key, values):
    if not isinstance(values, (list, tuple)):
        values = [values]
    print(key + ' = ' + ' '.join(mp.nstr(mp.mpf(v), 17, min_fixed=-1, max_fixed=-1) if v is not None else 'nan'
                                 for v in values))
    sys.stdout.flush()


def as_integers(y):
    """y as integers times 2^-e (every binary64 value is one)."""
    fr = [Fraction(v) for v in y]
    d = max(f.denominator for f in fr)
    return [int(f * d) for f in fr], d


def solve_fraction(a, b):
    """Gaussian elimination with exact fractions."""
    k = len(b)
    m = [[Fraction(a[i][j]) for j in range(k)] + [Fraction(b[i])] for i in range(k)]
    for c in range(k):
        piv = next(r for r in range(c, k) if m[r][c] != 0)
        m[c], m[piv] = m[piv], m[c]
        for r in range(k):
            if r != c and m[r][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [m[r][j] - f * m[c][j] for j in range(k + 1)]
    return [m[i][k] / m[i][i] for i in range(k)]


def least_squares(y, p, intercept):
    z, d = as_integers(y)
    n = len(z)
    rows = []
    for t in range(p, n):
        rows.append(([1] if intercept else []) + [z[t - i] for i in range(1, p + 1)])
    resp = z[p:]
    k = len(rows[0]) if rows else 0
    # in units of 1/d: the constant regressor is d (so that c comes out in y's units)
    if intercept:
        rows = [[d] + r[1:] for r in rows]
    xtx = [[sum(r[a] * r[b] for r in rows) for b in range(k)] for a in range(k)]
    xty = [sum(r[a] * v for r, v in zip(rows, resp)) for a in range(k)]
    beta = solve_fraction(xtx, xty)  # exact; y = d·(values), regressors y/d... same β as in y's units
    yty = sum(v * v for v in resp)
    ssr = (Fraction(yty) - sum(b * v for b, v in zip(beta, xty))) / (d * d)
    nobs = n - p
    sigma2 = ssr / nobs
    se = []
    for a in range(k):
        e = [1 if i == a else 0 for i in range(k)]
        inv = solve_fraction(xtx, e)
        se.append(mp.sqrt(mp.mpf(sigma2.numerator) / sigma2.denominator * mp.mpf(inv[a].numerator)
                          / inv[a].denominator * d * d))
    ll = -mp.mpf(nobs) / 2 * (mp.log(2 * mp.pi * mp.mpf(sigma2.numerator) / sigma2.denominator) + 1)
    c = beta[0] if intercept else None
    phi = beta[1:] if intercept else beta
    return c, phi, sigma2, ll, se


def frac_mp(f):
    return mp.mpf(f.numerator) / f.denominator


def yule_walker(y, p, demean):
    fr = [Fraction(v) for v in y]
    n = len(fr)
    m = sum(fr) / n if demean else Fraction(0)
    x = [v - m for v in fr]
    g = [sum(x[t] * x[t + k] for t in range(n - k)) / n for k in range(p + 1)]
    phi = []
    v = g[0]
    for k in range(1, p + 1):
        num = g[k] - sum(phi[j] * g[k - 1 - j] for j in range(k - 1))
        r = num / v
        phi = [phi[j] - r * phi[k - 2 - j] for j in range(k - 1)] + [r]
        v = v * (1 - r * r)
    return phi, v, m


def burg(y, p, demean):
    x = [mp.mpf(v) for v in y]
    n = len(x)
    if demean:
        m = mp.fsum(x) / n
        x = [v - m for v in x]
    f = list(x)
    b = list(x)
    var = mp.fsum(v * v for v in x) / n
    phi = []
    for m_ in range(1, p + 1):
        num = mp.fsum(f[t] * b[t - 1] for t in range(m_, n))
        den = mp.fsum(f[t] ** 2 + b[t - 1] ** 2 for t in range(m_, n))
        k = 2 * num / den
        phi = [phi[j] - k * phi[m_ - 2 - j] for j in range(m_ - 1)] + [k]
        for t in range(n - 1, m_ - 1, -1):
            ft = f[t]
            f[t] = ft - k * b[t - 1]
            b[t] = b[t - 1] - k * ft
        var = var * (1 - k * k)
    return phi, var


def reflection(phi):
    a = list(phi)
    p = len(a)
    r = [None] * p
    for k in range(p, 0, -1):
        rk = a[k - 1]
        if abs(rk) >= 1:
            return None
        r[k - 1] = rk
        d = 1 - rk * rk
        a = [(a[j - 1] + rk * a[k - j - 1]) / d for j in range(1, k)]
    return r


class Exact:
    """−ℓ of the exact AR(p) likelihood, σ² concentrated out, on x = (y − ȳ)/s."""

    def __init__(self, y, p, mean):
        fr = [Fraction(v) for v in y]
        n = len(fr)
        self.n, self.p, self.mean = n, p, mean
        ybar = sum(fr) / n if mean else Fraction(0)
        self.ybar = frac_mp(ybar)
        dev = [v - ybar for v in fr]
        s2 = sum(v * v for v in dev) / n
        self.s = mp.sqrt(frac_mp(s2))
        x = [frac_mp(v) / self.s for v in dev]
        self.x = x
        # Gram of z_t = (x_t, 1, x_{t-1}, ..., x_{t-p}), t = p+1..n
        zs = [[x[t], mp.mpf(1)] + [x[t - i] for i in range(1, p + 1)] for t in range(p, n)]
        m = p + 2
        self.G = [[mp.fsum(z[a] * z[b] for z in zs) for b in range(m)] for a in range(m)]

    def S(self, phi, mu):
        p = self.p
        beta = [mu * (1 - mp.fsum(phi))] + list(phi)
        G = self.G
        s = G[0][0]
        for i in range(1, p + 2):
            s -= 2 * beta[i - 1] * G[0][i]
            for j in range(1, p + 2):
                s += beta[i - 1] * G[i][j] * beta[j - 1]
        w = [self.x[i] - mu for i in range(p)]
        q = 0
        for j in range(p):
            a = mp.fsum((1 if i == j else -phi[i - j - 1]) * w[i] for i in range(j, p))
            b = mp.fsum(-phi[p - (i - j) - 1] * w[i] for i in range(j, p))
            q += a * a - b * b
        return s + q

    def F(self, *theta):
        p = self.p
        phi = list(theta[:p])
        mu = theta[p] if self.mean else mp.mpf(0)
        r = reflection(phi)
        if r is None:
            return mp.inf
        logdet = -mp.fsum((k + 1) * mp.log(1 - r[k] ** 2) for k in range(p))
        n = self.n
        return n / mp.mpf(2) * (mp.log(2 * mp.pi * self.S(phi, mu) / n) + 1) + logdet / 2

    def grad_hess(self, theta):
        d = len(theta)
        g = [mp.diff(self.F, theta, tuple(1 if i == a else 0 for i in range(d))) for a in range(d)]
        H = mp.matrix(d, d)
        for a in range(d):
            for b in range(a, d):
                o = [0] * d
                o[a] += 1
                o[b] += 1
                H[a, b] = H[b, a] = mp.diff(self.F, theta, tuple(o))
        return mp.matrix(g), H

    def maximise(self, start):
        theta = [mp.mpf(v) for v in start]
        f = self.F(*theta)
        for it in range(200):
            g, H = self.grad_hess(theta)
            try:
                mp.cholesky(H)
                step = mp.lu_solve(H, g)
            except (ZeroDivisionError, ValueError):
                step = g * mp.mpf('1e-4')
            t = mp.mpf(1)
            while True:
                trial = [theta[i] - t * step[i] for i in range(len(theta))]
                ft = self.F(*trial)
                if ft <= f or t < mp.mpf('1e-30'):
                    break
                t /= 2
            theta, f = trial, ft
            if max(abs(t * s) for s in step) < mp.mpf('1e-40'):
                return theta, H
        raise RuntimeError('Newton did not converge')


def start_point(ex, y, p, mean):
    """The conditional least-squares φ of x (shrunk until stationary) and μ = 0."""
    if p == 0:
        return [mp.mpf(0)] if mean else []
    c, phi, *_ = least_squares([float(v) for v in ex.x], p, mean)
    phi = [frac_mp(v) for v in phi]
    while reflection(phi) is None:
        phi = [v * mp.mpf('0.9') for v in phi]
    return phi + ([mp.mpf(0)] if mean else [])


def mle(y, p, mean):
    ex = Exact(y, p, mean)
    theta, _ = ex.maximise(start_point(ex, y, p, mean))
    _, H = ex.grad_hess(theta)
    cov = H ** -1
    d = len(theta)
    phi = theta[:p]
    m = theta[p] if mean else mp.mpf(0)
    mu = ex.ybar + ex.s * m
    S = ex.S(phi, m) * ex.s ** 2
    n = ex.n
    sigma2 = S / n
    ll = -(ex.F(*theta)) - n * mp.log(ex.s)
    se = [mp.sqrt(cov[i, i]) for i in range(p)]
    sec = None
    if mean:
        se.append(ex.s * mp.sqrt(cov[p, p]))
        grad = [-mu] * p + [ex.s * (1 - mp.fsum(phi))]
        sec = mp.sqrt(mp.fsum(grad[i] * cov[i, j] * grad[j] for i in range(d) for j in range(d)))
    # eigenvalues of the Hessian in (φ, μ) units
    J = mp.eye(d)
    if mean:
        J[p, p] = 1 / ex.s
    Hy = J.T * H * J
    mineig = min(mp.re(e) for e in mp.eig(Hy)[0])
    return phi, mu, sigma2, ll, se, sec, mineig


LS_CASES = [(s, p) for s in ('mean1e4', 'mean1e6', 'mean1e9') for p in (1, 2, 3)] \
    + [(s, p) for s in ('unit098', 'unit0995', 'scaled1e200', 'scaled1e-200') for p in (1, 2, 3)] \
    + [(s, p) for s in ('lakehuron', 'austres', 'bjsales', 'nile', 'lynx', 'sunspot_year', 'nottem')
       for p in range(1, 7)]
NO_INTERCEPT = ('unit098', 'unit0995', 'scaled1e200', 'scaled1e-200', 'lakehuron', 'austres', 'bjsales', 'nile',
                'lynx', 'sunspot_year', 'nottem')
MLE_CASES = [(s, p) for s in ('bjsales', 'lakehuron', 'lynx', 'sunspot_year', 'nile', 'unit098')
             for p in range(1, 7)] \
    + [(s, p) for s in ('mean1e4', 'mean1e6', 'mean1e9', 'unit0995', 'scaled1e200', 'scaled1e-200')
       for p in (1, 2)]
MLE_NO_MEAN = [(s, p) for s in ('lakehuron', 'nile') for p in (1, 2, 3)]

print('# exact rational (Python %s fractions) and mpmath %s at %d digits' % (
    sys.version.split()[0], mp.__version__, mp.mp.dps))
only = sys.argv[1:]  # optional: restrict to some series (for a quick look)
for name, p in LS_CASES:
    if only and name not in only:
        continue
    y = series(name)
    for intercept in (True, False):
        if not intercept and name not in NO_INTERCEPT:
            continue
        key = '%s.p%d.ls.%s' % (name, p, 'c' if intercept else 'n')
        c, phi, sigma2, ll, se = least_squares(y, p, intercept)
        if intercept:
            out(key + '.intercept', frac_mp(c))
        out(key + '.phi', [frac_mp(v) for v in phi])
        out(key + '.sigma2', frac_mp(sigma2))
        out(key + '.loglik', ll)
        out(key + '.se', se)
        kind = 'c' if intercept else 'n'
        phi, v, m = yule_walker(y, p, intercept)
        out('%s.p%d.yw.%s.phi' % (name, p, kind), [frac_mp(f) for f in phi])
        out('%s.p%d.yw.%s.var' % (name, p, kind), frac_mp(v))
        phi, v = burg(y, p, intercept)
        out('%s.p%d.burg.%s.phi' % (name, p, kind), phi)
        out('%s.p%d.burg.%s.var' % (name, p, kind), v)
for cases, mean in ((MLE_CASES, True), (MLE_NO_MEAN, False)):
    for name, p in cases:
        if only and name not in only:
            continue
        key = '%s.p%d.mle.%s' % (name, p, 'c' if mean else 'n')
        phi, mu, sigma2, ll, se, sec, mineig = mle(series(name), p, mean)
        out(key + '.phi', phi)
        if mean:
            out(key + '.mean', mu)
        out(key + '.sigma2', sigma2)
        out(key + '.loglik', ll)
        out(key + '.se', se)
        if mean:
            out(key + '.seintercept', sec)
        out(key + '.mineig', mineig)
