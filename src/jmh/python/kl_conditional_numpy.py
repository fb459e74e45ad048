"""The conditional (Rao-Blackwellised) Monte Carlo estimator of KL_T(p||q), vectorised in numpy over the M
sequences: the peer `arlab kl` is timed against (whole process, hyperfine). MATH.md problem 2C.

    /usr/bin/python3 kl_conditional_numpy.py --p-phi 0.5,-0.3 --q-phi 0.6,0.2 --horizon 200 --samples 100000

Side by side, whole process, 2 Dec 2026 05:09 UTC, one run after the other three times on the shared 2-core machine
(load average 19-24 from five other builds, so the absolute figures are several times the idle ones):
numpy 7.13 / 5.69 / 6.56 s, arlab kl 5.68 / 4.00 / 3.18 s: ratios 0.80, 0.70, 0.48 (the issue's idle figures:
numpy 0.49 s, arlab 0.78x).

2 Dec 2026 18:33 UTC, after kl's start-up fixes and its two threads, hyperfine -w 3 -r 20 -N, nothing else running
(load average 0.9-1.5 all the same; run-to-run spread ±20% for both), numpy 2.4.6 under Python 3.11:
numpy 670.6 +- 115.9 ms (min 525.5), arlab kl 580.7 +- 139.0 ms (min 369.3): ratio 0.87 of the means, 0.70 of the
minima. In-process the kl kernel takes ~100 ms on two threads (196 ms on one); the rest is JVM start-up and
compilation.

2 Dec 2026 20:22 UTC, after the kernel was cut into small methods the JIT takes early, the linear-algebra library and
lambdas kept off kl's way (same numbers to the last bit), hyperfine -N -w 3 -r 30, load average ~1 with nothing else
running: numpy 583.8 +- 132.9 ms (min 457.9), arlab kl 238.8 +- 23.0 ms (min 206.0): ratio 0.41 of the means, 0.45
of the minima. The same two interleaved run by run (30 rounds, 20:15 UTC): numpy mean 524.3 / median 511.7 ms, arlab
231.7 / 226.3 ms, ratio 0.44 of both. In-process (JMH KlMonteCarloBenchmark, one thread, T = 200): 103.0 +- 9.2 ms,
was 196.
"""
import argparse
import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument("--p-phi", required=True)
ap.add_argument("--p-sigma", type=float, default=1.0)
ap.add_argument("--q-phi", required=True)
ap.add_argument("--q-sigma", type=float, default=1.0)
ap.add_argument("--horizon", type=int, required=True)
ap.add_argument("--samples", type=int, default=10000)
ap.add_argument("--seed", type=int, default=42)
a = ap.parse_args()
pp = np.array([float(v) for v in a.p_phi.split(",")])
pq = np.array([float(v) for v in a.q_phi.split(",")])
r = max(len(pp), len(pq))
pp = np.pad(pp, (0, r - len(pp)))
pq = np.pad(pq, (0, r - len(pq)))
d = pp - pq
sp, sq, T, M = a.p_sigma, a.q_sigma, a.horizon, a.samples
rng = np.random.default_rng(a.seed)
x = np.zeros((T + r, M))            # rows 0..r-1: the fixed initial values (zeros); one row per step,
eps = rng.standard_normal((T, M))   # contiguous over the M sequences, so each step is a few vector operations
sumsq = np.zeros(M)
for k in range(T):
    t = k + r
    f = np.zeros(M)
    diff = np.zeros(M)
    for i in range(r):
        f += pp[i] * x[t - 1 - i]
        diff += d[i] * x[t - 1 - i]
    sumsq += diff * diff
    x[t] = f + sp * eps[k]
per_seq = T * (np.log(sq / sp) + sp * sp / (2 * sq * sq) - 0.5) + sumsq / (2 * sq * sq)
est = per_seq.mean()
se = per_seq.std(ddof=1) / np.sqrt(M)
print('{"conditional": {"estimate": %r, "stdError": %r}}' % (float(est), float(se)))
