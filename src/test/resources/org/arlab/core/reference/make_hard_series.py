#!/usr/bin/python3
"""The synthetic series of issue 15's fixtures ("every number right on hard data"), seeded, written as `t,value`.

Run from this folder with Debian's python (apt-get install python3-numpy):  /usr/bin/python3 make_hard_series.py

- base: AR(2) phi = (0.5, -0.3), sigma = 1, n = 500 (burn-in 200), rounded to multiples of 2^-20 so that adding an
  integer offset below 2^33 is exact in binary64;
- mean1e4, mean1e6, mean1e9: base + round(K * sd(base)) for K = 1e4, 1e6, 1e9 (a mean of K standard deviations);
- unit098, unit0995: AR(1) phi = 0.98 and 0.995 about a mean of 50, sigma = 1, n = 1000, started from the
  stationary law;
- scaled1e200, scaled1e-200: base * 1e200 and base * 1e-200 (rounded to binary64).
Values are printed with repr(), so reading them back gives the same doubles.
"""
import numpy as np


def ar(phi, n, sigma, rng, burn):
    y = np.zeros(n + burn)
    e = rng.standard_normal(n + burn) * sigma
    p = len(phi)
    for t in range(p, n + burn):
        y[t] = sum(phi[i] * y[t - 1 - i] for i in range(p)) + e[t]
    return y[burn:]


def write(name, values):
    with open(name + '.csv', 'w') as f:
        f.write('t,value\n')
        for t, v in enumerate(values, start=1):
            f.write('%d,%r\n' % (t, float(v)))


rng = np.random.default_rng(20240615)
base = ar([0.5, -0.3], 500, 1.0, rng, 200)
base = np.round(base * 2.0 ** 20) / 2.0 ** 20
sd = float(np.std(base))
for k, name in ((1e4, 'mean1e4'), (1e6, 'mean1e6'), (1e9, 'mean1e9')):
    write(name, base + float(np.round(k * sd)))
for phi, name in ((0.98, 'unit098'), (0.995, 'unit0995')):
    n = 1000
    e = rng.standard_normal(n)
    y = np.empty(n)
    y[0] = e[0] / np.sqrt(1 - phi * phi)
    for t in range(1, n):
        y[t] = phi * y[t - 1] + e[t]
    write(name, 50 + y)
write('scaled1e200', base * 1e200)
write('scaled1e-200', base * 1e-200)
