# Reference values from R for the `forecast` and `diagnose` commands (the other methods, and Box.test).
# Run from this folder (apt-get install r-base-core):
#   Rscript make_forecast_diagnose_fixtures.R > forecast_diagnose_r.properties
# Each line is `case.quantity = v1 v2 ...`, printed with 17 significant digits; lynx on log10.
# - `ml.pred`, `ml.se`: predict(arima(y, order = c(p, 0, 0), method = "ML"), n.ahead = H): for an AR(p) the last p
#   values fix the state, so se = sqrt(sigma2 * sum_{j<h} psi_j^2) with R's ML sigma2.
# - `burg.pred`, `burg.se`, `yw.pred`, `yw.se`: predict(ar.burg(...) / ar.yw(...), n.ahead = H), se =
#   sqrt(var.pred * cumsum(c(1, psi^2))). ar.burg's var.pred is AR Lab's sigma2; ar.yw's is AR Lab's times
#   n / (n - (p + 1)) (see README.md).
# - `boxtest`: Box.test(res, lag = K, type = "Ljung-Box", fitdf = p) statistic and p.value on the residuals of the
#   least-squares fit with intercept (lm on the lagged values: AR Lab's `ols`, t = p+1..n); R's p-value is
#   1 - pchisq(...), which loses every digit below ~1e-16; `boxtest.uppertail` is pchisq(Q, df, lower.tail = FALSE).
out <- function(key, v) cat(key, "=", paste(formatC(as.numeric(v), digits = 17, format = "g"), collapse = " "), "\n")
series <- function(name) {
  y <- read.csv(paste0(name, ".csv"))$value
  if (name == "lynx") log10(y) else y
}
cat("#", R.version.string, "(make_forecast_diagnose_fixtures.R)\n")
# series, p, H, K
cases <- list(list("lynx", 2, 12, 10), list("nile", 1, 10, 15), list("sunspot_year", 2, 20, 20),
              list("sunspot_year", 1, 5, 20), list("nottem", 3, 12, 24))
for (cs in cases) {
  name <- cs[[1]]; p <- cs[[2]]; h <- cs[[3]]; k <- cs[[4]]
  y <- series(name); n <- length(y); key <- paste0(name, ".p", p)
  ml <- arima(y, order = c(p, 0, 0), method = "ML", optim.control = list(maxit = 2000, reltol = 1e-12))
  f <- predict(ml, n.ahead = h)
  out(paste0(key, ".ml.pred"), f$pred); out(paste0(key, ".ml.se"), f$se)
  bu <- ar.burg(y, aic = FALSE, order.max = p, demean = TRUE)
  f <- predict(bu, n.ahead = h)
  out(paste0(key, ".burg.pred"), f$pred); out(paste0(key, ".burg.se"), f$se)
  yw <- ar.yw(y, aic = FALSE, order.max = p, demean = TRUE)
  f <- predict(yw, n.ahead = h)
  out(paste0(key, ".yw.pred"), f$pred); out(paste0(key, ".yw.se"), f$se)
  X <- embed(y, p + 1)
  res <- residuals(lm(X[, 1] ~ X[, -1, drop = FALSE]))
  b <- Box.test(res, lag = k, type = "Ljung-Box", fitdf = p)
  out(paste0(key, ".boxtest.lags"), k)
  out(paste0(key, ".boxtest"), c(b$statistic, b$p.value))
  out(paste0(key, ".boxtest.uppertail"), pchisq(b$statistic, b$parameter, lower.tail = FALSE))
}
