#!/usr/bin/python3
"""The statsmodels side of the whole-process comparison (issue 3): read a CSV with pandas, fit AR(3) by AutoReg.

    /usr/bin/python3 autoreg_fit.py big.csv
"""
import sys

import pandas as pd
from statsmodels.tsa.ar_model import AutoReg

y = pd.read_csv(sys.argv[1])['value'].to_numpy(dtype=float)
r = AutoReg(y, lags=3, trend='c', old_names=False).fit()
print(r.params.tolist(), r.sigma2)
