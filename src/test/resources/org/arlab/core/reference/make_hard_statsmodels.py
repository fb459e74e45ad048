#!/usr/bin/python3
"""statsmodels' values on issue 15's hard series, beside the exact ones (exact.properties), for the record.

Run from this folder with Debian's python (apt-get install python3-statsmodels):
    /usr/bin/python3 make_hard_statsmodels.py > hard-statsmodels.properties
- AutoReg(y, lags=p, trend='c'|'n'): params (const, φ... or φ...), sigma2 (SSR/nobs), llf, bse;
- yule_walker(y, order=p, method='mle', demean=True|False): φ and sigma² (the innovation variance);
- burg(y, order=p, demean=True|False): φ and sigma²;
- ARIMA(y, order=(p, 0, 0), trend='c'|'n').fit(): the exact MLE by the Kalman filter: params (const = μ, φ...,
  sigma2), bse (its default, a numerical Hessian), llf.
"nan" where statsmodels fails.
"""
import warnings

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.regression.linear_model import burg, yule_walker
from statsmodels.tsa.ar_model import AutoReg
from statsmodels.tsa.arima.model import ARIMA

warnings.simplefilter('ignore')


def series(name):
    y = pd.read_csv(name + '.csv')['value'].to_numpy(dtype=float)
    return np.log10(y) if name == 'lynx' else y


def out(key, values):
    values = np.atleast_1d(np.asarray(values, dtype=float))
    print(key + ' = ' + ' '.join(repr(float(v)) for v in values))


def attempt(key, f):
    try:
        out(key, f())
    except Exception:  # noqa: BLE001 - record the failure as nan
        out(key, np.nan)


print('# statsmodels ' + statsmodels.__version__ + ', numpy ' + np.__version__)
LS = [(s, range(1, 4)) for s in ('mean1e4', 'mean1e6', 'mean1e9', 'unit098', 'unit0995', 'scaled1e200',
                                 'scaled1e-200')] \
    + [(s, range(1, 7)) for s in ('lakehuron', 'austres', 'bjsales', 'nile', 'lynx', 'sunspot_year', 'nottem')]
for name, orders in LS:
    y = series(name)
    for p in orders:
        for trend in ('c', 'n'):
            key = '%s.p%d.%%s.%s' % (name, p, trend)
            try:
                r = AutoReg(y, lags=p, trend=trend, old_names=False).fit()
                out(key % 'ols' + '.params', np.asarray(r.params))
                out(key % 'ols' + '.sigma2', r.sigma2)
                out(key % 'ols' + '.llf', r.llf)
                out(key % 'ols' + '.bse', np.asarray(r.bse))
            except Exception:  # noqa: BLE001
                out(key % 'ols' + '.params', np.nan)
            demean = trend == 'c'
            attempt(key % 'yw' + '.phi', lambda: yule_walker(y, order=p, method='mle', demean=demean)[0])
            attempt(key % 'yw' + '.var', lambda: yule_walker(y, order=p, method='mle', demean=demean)[1] ** 2)
            attempt(key % 'burg' + '.phi', lambda: burg(y, order=p, demean=demean)[0])
            attempt(key % 'burg' + '.var', lambda: burg(y, order=p, demean=demean)[1])
MLE = [(s, range(1, 7), 'c') for s in ('bjsales', 'lakehuron', 'lynx', 'sunspot_year', 'nile', 'unit098')] \
    + [(s, range(1, 3), 'c') for s in ('mean1e4', 'mean1e6', 'mean1e9', 'unit0995', 'scaled1e200',
                                      'scaled1e-200')] \
    + [(s, range(1, 4), 'n') for s in ('lakehuron', 'nile')]
for name, orders, trend in MLE:
    y = series(name)
    for p in orders:
        key = '%s.p%d.arima.%s' % (name, p, trend)
        try:
            r = ARIMA(y, order=(p, 0, 0), trend=trend).fit()
            out(key + '.params', np.asarray(r.params))
            out(key + '.bse', np.asarray(r.bse))
            out(key + '.llf', r.llf)
        except Exception:  # noqa: BLE001
            out(key + '.params', np.nan)
