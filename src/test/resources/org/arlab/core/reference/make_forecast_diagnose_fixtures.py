#!/usr/bin/python3
"""Reference values for the `forecast` and `diagnose` commands, from statsmodels, with exact chi-square tails from
mpmath.

Run from this folder with Debian's python (apt-get install python3-statsmodels python3-mpmath):
    /usr/bin/python3 make_forecast_diagnose_fixtures.py > forecast_diagnose.properties
Each line is `case.quantity = v1 v2 ...`, numbers printed with repr() (17 significant digits); cases are
`series.pP.c` (with intercept, AutoReg trend='c') or `series.pP.n` (without, trend='n'); lynx on log10.

- `forecast.mean/se/lower/upper`: AutoReg(...).fit().get_prediction(start=n, end=n+H-1): predicted_mean, se_mean,
  conf_int(alpha=0.05). statsmodels' sigma2 is SSR/nobs, the MLE, as in MATH.md, and se_mean is
  sqrt(sigma2 * sum_{j<h} psi_j^2).
- `residualAcf`: acf(resid, nlags=K, fft=False)[1:], the residuals of the same AutoReg fit (t = p+1..n).
- `ljungbox`: acorr_ljungbox(resid, lags=[K], model_df=p): Q and statsmodels' p-value (scipy's chi2.sf).
- `ljungbox.exactp`: the upper tail P(chi2_{K-p} > Q) at statsmodels' Q to 30 digits by mpmath's regularized
  incomplete gamma, gammainc(df/2, Q/2, inf, regularized=True): the value to trust for tiny p-values.
- `acf`, `pacf`: of the series, lags 1..K (pacf by Levinson-Durbin, method='ldb').
"""
import mpmath as mp
import numpy as np
import pandas as pd
import statsmodels
from statsmodels.stats.diagnostic import acorr_ljungbox
from statsmodels.tsa.ar_model import AutoReg
from statsmodels.tsa.stattools import acf, pacf

mp.mp.dps = 40


def series(name):
    y = pd.read_csv(name + '.csv')['value'].to_numpy(dtype=float)
    return np.log10(y) if name == 'lynx' else y


def out(key, values):
    values = np.atleast_1d(np.asarray(values, dtype=float))
    print(key + ' = ' + ' '.join(repr(float(v)) for v in values))


print('# statsmodels %s, numpy %s, mpmath %s (make_forecast_diagnose_fixtures.py)'
      % (statsmodels.__version__, np.__version__, mp.__version__))
# series, p, trend, forecast horizon H, diagnostic lags K
CASES = [('lynx', 2, 'c', 12, 10), ('lynx', 2, 'n', 6, 10), ('sunspot_year', 9, 'c', 20, 20),
         ('sunspot_year', 1, 'c', 5, 20), ('nile', 1, 'c', 10, 15), ('nottem', 3, 'n', 12, 24),
         ('nottem', 1, 'c', 4, 24)]
for name, p, trend, h, k in CASES:
    y = series(name)
    n = len(y)
    key = '%s.p%d.%s' % (name, p, trend)
    r = AutoReg(y, lags=p, trend=trend, old_names=False).fit()
    f = r.get_prediction(start=n, end=n + h - 1)
    out(key + '.forecast.mean', f.predicted_mean)
    out(key + '.forecast.se', f.se_mean)
    ci = np.asarray(f.conf_int(alpha=0.05))
    out(key + '.forecast.lower', ci[:, 0])
    out(key + '.forecast.upper', ci[:, 1])
    resid = np.asarray(r.resid)
    out(key + '.lags', k)
    out(key + '.residualAcf', acf(resid, nlags=k, fft=False)[1:])
    lb = acorr_ljungbox(resid, lags=[k], model_df=p, return_df=True)
    q = float(lb['lb_stat'].iloc[0])
    out(key + '.ljungbox', [q, lb['lb_pvalue'].iloc[0]])
    df = k - p
    exact = mp.gammainc(mp.mpf(df) / 2, mp.mpf(q) / 2, mp.inf, regularized=True)
    print(key + '.ljungbox.exactp = ' + mp.nstr(exact, 30))
    out(key + '.acf', acf(y, nlags=k, fft=False)[1:])
    out(key + '.pacf', pacf(y, nlags=k, method='ldb')[1:])
