"""KL_T(p||q) between two AR models, by the full T x T multivariate-normal formula, for AR Lab's tests.

Run: /usr/bin/python3 make_kl_fixtures.py > kl.properties   (Debian 12: apt-get install python3-numpy)

Both models start from the fixed initial values x_0 = x_{-1} = ... = 0, so x = A^{-1}(c 1 + sigma e) with A the
T x T lower-triangular matrix with 1 on the diagonal and -phi_j on the j-th subdiagonal. The script builds
Sigma_p = sigma_p^2 A_p^{-1} A_p^{-T}, Sigma_q likewise, the means mu = A^{-1} c 1, and evaluates
0.5 [tr(Sigma_q^{-1} Sigma_p) + (mu_q - mu_p)' Sigma_q^{-1} (mu_q - mu_p) - T + log det Sigma_q - log det Sigma_p]
with numpy.linalg (solve, slogdet): nothing of AR Lab's recursion is used. As a check on the script itself, the
same value is recomputed from the banded structure (det A = 1) and the two must agree to 1e-11.
"""
import numpy as np

CASES = [
    # name, phi_p, sigma_p, c_p, phi_q, sigma_q, c_q
    ("ar1", [0.5], 1.0, 0.0, [0.8], 1.0, 0.0),
    ("ar1sigma", [0.5], 1.0, 0.0, [-0.3], 1.7, 0.0),
    ("ar2", [0.5, -0.3], 1.0, 0.0, [0.6, 0.2], 1.0, 0.0),
    ("ar2sigma", [1.2, -0.5], 0.8, 0.0, [0.9, -0.1], 1.3, 0.0),
    ("mixed13", [0.7], 1.0, 0.0, [0.4, 0.2, -0.3], 1.2, 0.0),
    ("mixed42", [0.3, 0.2, -0.1, 0.25], 1.5, 0.0, [0.5, -0.4], 0.9, 0.0),
    ("intercept", [0.6, -0.2], 1.0, 0.5, [0.3], 1.1, -0.4),
    ("explosive", [1.1], 1.0, 0.0, [0.5], 1.0, 0.0),
]
HORIZONS = [1, 2, 3, 5, 10, 25, 60]


def lag_matrix(phi, T):
    A = np.eye(T)
    for j, f in enumerate(phi, start=1):
        A -= f * np.eye(T, k=-j)
    return A


def kl_full(phi_p, sp, cp, phi_q, sq, cq, T):
    Ap, Aq = lag_matrix(phi_p, T), lag_matrix(phi_q, T)
    Lp, Lq = np.linalg.inv(Ap), np.linalg.inv(Aq)
    Sp = sp**2 * Lp @ Lp.T
    Sq = sq**2 * Lq @ Lq.T
    mp = Lp @ np.full(T, cp)
    mq = Lq @ np.full(T, cq)
    dm = mq - mp
    tr = np.trace(np.linalg.solve(Sq, Sp))
    maha = dm @ np.linalg.solve(Sq, dm)
    _, ldq = np.linalg.slogdet(Sq)
    _, ldp = np.linalg.slogdet(Sp)
    return 0.5 * (tr + maha - T + ldq - ldp)


def kl_banded(phi_p, sp, cp, phi_q, sq, cq, T):
    Ap, Aq = lag_matrix(phi_p, T), lag_matrix(phi_q, T)
    M = Aq @ np.linalg.solve(Ap, np.eye(T))
    dm = Aq @ (np.linalg.solve(Aq, np.full(T, cq)) - np.linalg.solve(Ap, np.full(T, cp)))
    return 0.5 * (sp**2 / sq**2 * np.sum(M * M) + dm @ dm / sq**2 - T + 2 * T * np.log(sq / sp))


print("# numpy %s; KL_T(p||q) by the full multivariate-normal formula (make_kl_fixtures.py)" % np.__version__)
for name, pp, sp, cp, pq, sq, cq in CASES:
    print("%s.p = %s" % (name, " ".join(repr(float(v)) for v in pp)))
    print("%s.q = %s" % (name, " ".join(repr(float(v)) for v in pq)))
    print("%s.sigma = %r %r" % (name, sp, sq))
    print("%s.intercept = %r %r" % (name, cp, cq))
    hs = [h for h in HORIZONS if name != "explosive" or h <= 25]
    vals = []
    for T in hs:
        a = kl_full(pp, sp, cp, pq, sq, cq, T)
        b = kl_banded(pp, sp, cp, pq, sq, cq, T)
        assert abs(a - b) <= 1e-11 * max(1.0, abs(a)), (name, T, a, b)
        vals.append(a)
    print("%s.horizons = %s" % (name, " ".join(str(h) for h in hs)))
    print("%s.kl = %s" % (name, " ".join(repr(float(v)) for v in vals)))
