#!/usr/bin/python3
"""Writes a 10^6-row CSV of an AR(3) series (t,value) for the whole-process benchmark: make_big_csv.py big.csv"""
import sys

import numpy as np

rng = np.random.default_rng(1)
n = 1_000_000
e = rng.standard_normal(n)
y = np.zeros(n)
for t in range(3, n):
    y[t] = 0.5 * y[t - 1] - 0.3 * y[t - 2] + 0.1 * y[t - 3] + e[t]
with open(sys.argv[1], 'w') as f:
    f.write('t,value\n')
    f.write('\n'.join('%d,%r' % (i + 1, v) for i, v in enumerate(y)))
    f.write('\n')
