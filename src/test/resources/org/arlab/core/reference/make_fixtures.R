# Reference values from R for AR Lab's core tests.
# Run from this folder (apt-get install r-base-core):  Rscript make_fixtures.R > r.properties
# Each line is `case.quantity = v1 v2 ...`, printed with 17 significant digits.
out <- function(key, v) cat(key, "=", paste(formatC(as.numeric(v), digits = 17, format = "g"), collapse = " "), "\n")
series <- function(name) {
  # the one copy of the classic series, the one the application ships (assets/series at the top of the project)
  y <- read.csv(file.path("../../../../../../../assets/series", paste0(name, ".csv")))$value
  if (name == "lynx") log10(y) else y
}
cat("#", R.version.string, "\n")
cases <- list(list("lynx", 2), list("lynx", 11), list("sunspot_year", 2), list("sunspot_year", 9),
              list("nile", 1), list("nottem", 3))
for (cs in cases) {
  name <- cs[[1]]; p <- cs[[2]]; y <- series(name); key <- paste0(name, ".p", p)
  yw <- ar.yw(y, aic = FALSE, order.max = p, demean = TRUE)
  out(paste0(key, ".yw.ar"), yw$ar); out(paste0(key, ".yw.var.pred"), yw$var.pred)
  out(paste0(key, ".yw.x.mean"), yw$x.mean)
  bu <- ar.burg(y, aic = FALSE, order.max = p, demean = TRUE)
  out(paste0(key, ".burg.ar"), bu$ar); out(paste0(key, ".burg.var.pred"), bu$var.pred)
  out(paste0(key, ".burg.x.mean"), bu$x.mean)
  ml <- arima(y, order = c(p, 0, 0), method = "ML", optim.control = list(maxit = 2000, reltol = 1e-12))
  out(paste0(key, ".ml.coef"), ml$coef)            # ar1..arp, intercept (= the mean)
  out(paste0(key, ".ml.sigma2"), ml$sigma2)
  out(paste0(key, ".ml.loglik"), ml$loglik)
  out(paste0(key, ".ml.se"), sqrt(diag(ml$var.coef)))
}
