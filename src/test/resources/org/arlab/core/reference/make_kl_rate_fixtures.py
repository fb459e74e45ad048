#!/usr/bin/python3
"""The KL rate kappa(p||q) = lim KL_T/T for a stationary p and any q (stationary, explosive or with a unit root), to
40 digits with mpmath, for AR Lab's tests.

Run from this folder:  /usr/bin/python3 make_kl_rate_fixtures.py > kl_rate.properties   (apt-get install python3-mpmath)

Nothing of AR Lab's method is used. The k-th term of the chain rule is
    log(s_q/s_p) + (s_p^2 + E_p[(f_k - g_k)^2]) / (2 s_q^2) - 1/2,
and under a stationary p, f_k - g_k = dc + sum_j d_j x_{k-j} settles to a stationary variable with mean
dc + mu_p sum_j d_j (mu_p = c_p / (1 - sum phi_p)) and variance (1/2pi) int |D(w)|^2 S_p(w) dw, D(w) = sum_j d_j
e^{-ijw}, S_p(w) = s_p^2 / |1 - sum_j phi_p,j e^{-ijw}|^2 (the spectral density of p; d = phi_p - phi_q padded).
`kappa` is that limit, the integral done by mpmath.quad. As a second, different route (`spectral`), where q has no
root on the unit circle: the Itakura-Saito integral (1/4pi) int [S_p/S_q - 1 - log(S_p/S_q)] dw plus Jensen's term
sum log(1/|z_i|) over the roots z_i of 1 - sum phi_q,j z^j inside the unit circle (mpmath.polyroots), plus the
mean term (dc + mu_p sum d)^2 / (2 s_q^2). The script asserts the two agree to 1e-25.
"""
import mpmath as mp

mp.mp.dps = 40

CASES = [
    # name, phi_p, sigma_p, c_p, phi_q, sigma_q, c_q
    ("stationary", [0.5, -0.3], 1.0, 0.0, [0.6, 0.2], 1.0, 0.0),
    ("ar1explosive", [0.5], 1.0, 0.0, [1.5], 1.0, 0.0),
    ("ar2explosive", [0.5, -0.3], 1.0, 0.0, [1.2, 0.5], 1.3, 0.0),
    ("complexexplosive", [0.3, 0.2, -0.1, 0.25], 1.5, 0.0, [0.6, -1.2], 0.9, 0.0),
    ("intercepts", [0.6, -0.2], 1.0, 0.5, [2.0], 1.1, -0.4),
    ("unitroot", [0.7], 0.8, 0.0, [1.0], 1.0, 0.0),
]


def poly(phi, w):
    """1 - sum_j phi_j e^{-ijw}"""
    return 1 - mp.fsum(mp.mpf(f) * mp.expj(-(j + 1) * w) for j, f in enumerate(phi))


def spectrum(phi, s, w):
    return mp.mpf(s) ** 2 / abs(poly(phi, w)) ** 2


def cases():
    for name, pp, sp, cp, pq, sq, cq in CASES:
        r = max(len(pp), len(pq))
        a = [mp.mpf(v) for v in pp] + [mp.mpf(0)] * (r - len(pp))
        b = [mp.mpf(v) for v in pq] + [mp.mpf(0)] * (r - len(pq))
        d = [x - y for x, y in zip(a, b)]
        mu_p = mp.mpf(cp) / (1 - mp.fsum(a))
        mean = mp.mpf(cp) - mp.mpf(cq) + mu_p * mp.fsum(d)
        sp2, sq2 = mp.mpf(sp) ** 2, mp.mpf(sq) ** 2

        def dvar(w):
            dw = mp.fsum(dj * mp.expj(-(j + 1) * w) for j, dj in enumerate(d))
            return abs(dw) ** 2 * spectrum(pp, sp, w)

        var = mp.quad(dvar, [-mp.pi, 0, mp.pi]) / (2 * mp.pi)
        kappa = mp.log(mp.mpf(sq) / sp) + (sp2 + var + mean ** 2) / (2 * sq2) - mp.mpf(1) / 2
        yield name, pp, sp, cp, pq, sq, cq, kappa, spectral(pp, sp, pq, sq, mean, sq2, kappa)


def spectral(pp, sp, pq, sq, mean, sq2, kappa):
    # roots of 1 - phi_1 z - ... - phi_p z^p, highest power first for polyroots
    coeffs = [-mp.mpf(v) for v in reversed(pq)] + [mp.mpf(1)]
    roots = mp.polyroots(coeffs, maxsteps=200, extraprec=100)
    if any(abs(abs(z) - 1) < mp.mpf('1e-20') for z in roots):
        return None
    jensen = mp.fsum(-mp.log(abs(z)) for z in roots if abs(z) < 1)

    def itakura_saito(w):
        ratio = spectrum(pp, sp, w) / spectrum(pq, sq, w)
        return ratio - 1 - mp.log(ratio)

    value = mp.quad(itakura_saito, [-mp.pi, 0, mp.pi]) / (4 * mp.pi) + jensen + mean ** 2 / (2 * sq2)
    assert abs(value - kappa) < mp.mpf('1e-25'), (value, kappa)
    return value


print("# mpmath %s, %d digits; kappa(p||q) for a stationary p (make_kl_rate_fixtures.py)" % (mp.__version__, mp.mp.dps))
for name, pp, sp, cp, pq, sq, cq, kappa, spec in cases():
    print("%s.p = %s" % (name, " ".join(repr(float(v)) for v in pp)))
    print("%s.q = %s" % (name, " ".join(repr(float(v)) for v in pq)))
    print("%s.sigma = %r %r" % (name, sp, sq))
    print("%s.intercept = %r %r" % (name, cp, cq))
    print("%s.kappa = %s" % (name, mp.nstr(kappa, 25)))
    if spec is not None:
        print("%s.spectral = %s" % (name, mp.nstr(spec, 25)))
