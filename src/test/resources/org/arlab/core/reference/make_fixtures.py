#!/usr/bin/python3
"""Reference values from statsmodels for AR Lab's core tests.

Run from this folder with Debian's python (apt-get install python3-statsmodels):
    /usr/bin/python3 make_fixtures.py > statsmodels.properties
Each line is `case.quantity = v1 v2 ...`, numbers printed with repr() (17 significant digits).
"""
import os

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.ar_model import AutoReg
from statsmodels.tsa.stattools import acf, pacf
from statsmodels.stats.diagnostic import acorr_ljungbox
from statsmodels.tsa.arima_process import arma2ma


# the one copy of the classic series, the one the application ships (assets/series at the top of the project)
SERIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), *['..'] * 7, 'assets', 'series')


def series(name):
    y = pd.read_csv(os.path.join(SERIES, name + '.csv'))['value'].to_numpy(dtype=float)
    return np.log10(y) if name == 'lynx' else y


def out(key, values):
    values = np.atleast_1d(np.asarray(values, dtype=float))
    print(key + ' = ' + ' '.join(repr(float(v)) for v in values))


print('# statsmodels ' + statsmodels.__version__ + ', numpy ' + np.__version__)
CASES = [('lynx', 2), ('lynx', 11), ('sunspot_year', 2), ('sunspot_year', 9), ('nile', 1), ('nottem', 3)]
for name, p in CASES:
    y = series(name)
    case = '%s.p%d' % (name, p)
    for trend in ('c', 'n'):
        r = AutoReg(y, lags=p, trend=trend, old_names=False).fit()
        k = p + (1 if trend == 'c' else 0) + 1
        key = case + '.ols.' + ('c' if trend == 'c' else 'n')
        params = np.asarray(r.params)
        out(key + '.params', params)          # (const, phi...) or (phi...)
        out(key + '.bse', np.asarray(r.bse))
        out(key + '.sigma2', r.sigma2)        # SSR / nobs
        out(key + '.llf', r.llf)
        out(key + '.nobs', r.nobs)
        out(key + '.aic', -2 * r.llf + 2 * k)  # MATH.md's AIC, k counts sigma2
        out(key + '.bic', -2 * r.llf + k * np.log(r.nobs))
        resid = np.asarray(r.resid)
        lb = acorr_ljungbox(resid, lags=[10], model_df=p, return_df=True)
        out(key + '.ljungbox10', [lb['lb_stat'].iloc[0], lb['lb_pvalue'].iloc[0]])
    out(case + '.acf', acf(y, nlags=20, fft=False))
    out(case + '.pacf', pacf(y, nlags=20, method='ldb'))

out('arma2ma.ar2', arma2ma(np.r_[1, -np.array([0.5, -0.3])], [1], lags=30))
out('arma2ma.ar3', arma2ma(np.r_[1, -np.array([1.2, -0.5, 0.1])], [1], lags=30))

from statsmodels.tsa.ar_model import ar_select_order
for name in ('lynx', 'sunspot_year', 'nile', 'nottem'):
    y = series(name)
    for ic in ('aic', 'bic'):
        s = ar_select_order(y, maxlag=12, ic=ic, trend='c', old_names=False)
        out('%s.select12.%s' % (name, ic), max(s.ar_lags) if s.ar_lags else 0)

y = series('lynx')
r = AutoReg(y, lags=2, trend='c', old_names=False).fit()
f = r.get_prediction(start=len(y), end=len(y) + 9)
out('lynx.p2.forecast.mean', f.predicted_mean)
ci = np.asarray(f.conf_int(alpha=0.05))
out('lynx.p2.forecast.lower', ci[:, 0])
out('lynx.p2.forecast.upper', ci[:, 1])
