# R's values on issue 15's hard series, printed beside the exact ones (exact.properties) for the record.
# Run from this folder (apt-get install r-base-core):  Rscript make_hard_fixtures.R > hard-r.properties
# Each line is `case.quantity = v1 v2 ...`, 17 significant digits; "nan" where R refuses or fails.
# - arima(order = c(p, 0, 0), method = "ML"): coef (φ..., intercept = μ), se = sqrt(diag(var.coef)), sigma2, loglik;
#   include.mean = FALSE for the `.n` cases. var.coef is the inverse of optim's numerical Hessian (steps 1e-3):
#   near a unit root it is not the observed information at the optimum (issue 15) — exact.properties has that.
# - ar.ols(aic = FALSE, order.max = p): `.c` demean = TRUE, intercept = TRUE (x.intercept is the constant of the
#   demeaned fit); `.n` demean = FALSE, intercept = FALSE.
# - ar.yw, ar.burg (aic = FALSE, order.max = p, demean = TRUE / FALSE): ar, var.pred.
out <- function(key, v) {
  v <- as.numeric(v)
  cat(key, "=", paste(ifelse(is.na(v), "nan", formatC(v, digits = 17, format = "g")), collapse = " "), "\n")
}
series <- function(name) {
  y <- read.csv(paste0(name, ".csv"))$value
  if (name == "lynx") log10(y) else y
}
try_out <- function(key, expr) {
  v <- tryCatch(expr, error = function(e) NA)
  if (is.null(v) || length(v) == 0) v <- NA
  out(key, v)
}
cat("#", R.version.string, "\n")
ls_cases <- c(lapply(c("mean1e4", "mean1e6", "mean1e9", "unit098", "unit0995", "scaled1e200", "scaled1e-200"),
                     function(s) list(s, 1:3)),
              lapply(c("lakehuron", "austres", "bjsales", "nile", "lynx", "sunspot_year", "nottem"),
                     function(s) list(s, 1:6)))
for (cs in ls_cases) {
  name <- cs[[1]]; y <- series(name)
  for (p in cs[[2]]) {
    key <- paste0(name, ".p", p)
    for (mean in c(TRUE, FALSE)) {
      k <- if (mean) "c" else "n"
      ols <- tryCatch(ar.ols(y, aic = FALSE, order.max = p, demean = mean, intercept = mean), error = function(e) NULL)
      try_out(paste0(key, ".ols.", k, ".ar"), as.numeric(ols$ar))
      try_out(paste0(key, ".ols.", k, ".var.pred"), ols$var.pred)
      yw <- tryCatch(ar.yw(y, aic = FALSE, order.max = p, demean = mean), error = function(e) NULL)
      try_out(paste0(key, ".yw.", k, ".ar"), as.numeric(yw$ar))
      try_out(paste0(key, ".yw.", k, ".var.pred"), yw$var.pred)
      bu <- tryCatch(ar.burg(y, aic = FALSE, order.max = p, demean = mean), error = function(e) NULL)
      try_out(paste0(key, ".burg.", k, ".ar"), as.numeric(bu$ar))
      try_out(paste0(key, ".burg.", k, ".var.pred"), bu$var.pred)
    }
  }
}
mle_cases <- c(lapply(c("bjsales", "lakehuron", "lynx", "sunspot_year", "nile", "unit098"), function(s) list(s, 1:6, TRUE)),
               lapply(c("mean1e4", "mean1e6", "mean1e9", "unit0995", "scaled1e200", "scaled1e-200"),
                      function(s) list(s, 1:2, TRUE)),
               lapply(c("lakehuron", "nile"), function(s) list(s, 1:3, FALSE)))
for (cs in mle_cases) {
  name <- cs[[1]]; y <- series(name); mean <- cs[[3]]
  for (p in cs[[2]]) {
    key <- paste0(name, ".p", p, ".ml.", if (mean) "c" else "n")
    ml <- tryCatch(arima(y, order = c(p, 0, 0), method = "ML", include.mean = mean,
                         optim.control = list(maxit = 2000, reltol = 1e-12)), error = function(e) NULL)
    try_out(paste0(key, ".coef"), ml$coef)
    try_out(paste0(key, ".se"), sqrt(diag(ml$var.coef)))
    try_out(paste0(key, ".sigma2"), ml$sigma2)
    try_out(paste0(key, ".loglik"), ml$loglik)
  }
}
