# The level series of R's datasets package that issue 15's fixtures use, written out unchanged as `t,value`.
# Run from this folder (apt-get install r-base-core):  Rscript make_series.R
# BJsales (Box & Jenkins sales, 150 values), LakeHuron (annual level in feet, 1875-1972, 98 values),
# austres (quarterly Australian residents in thousands, 1971 Q2 - 1993 Q2, 89 values).
for (name in c("BJsales", "LakeHuron", "austres")) {
  y <- get(name)
  write.csv(data.frame(t = as.numeric(time(y)), value = as.numeric(y)), paste0(tolower(name), ".csv"),
            row.names = FALSE)
}
