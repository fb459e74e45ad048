package org.arlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.ArModel;
import org.arlab.core.ar.CharacteristicRoots;
import org.arlab.core.series.Series;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fit}: fits an AR(p) model to a column of a file. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit an AR(p) model to a series read from a CSV/TSV file. With --json: one object with "
                + "method, order, phi, intercept, mean, sigma2, sigma2Kind (mle or innovation-variance), "
                + "logLikelihood, logLikelihoodKind (conditional or exact: each method's ℓ at its own estimates, "
                + "from which aic and bic follow), aic, bic, nobs, stdErrors {intercept, phi}, stationary, "
                + "roots [{re, im}].")
public final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "The file (CSV, TSV or whitespace separated).")
    Path input;

    @Option(names = "--column", description = Inputs.COLUMN_HELP)
    String column;

    @Option(names = "--drop-missing", description = Inputs.DROP_HELP)
    boolean dropMissing;

    @Option(names = "--order", required = true, description = "The order p, 0 to 50 (0 to 20 for mle).")
    long order;

    @Option(names = "--method", defaultValue = "ols",
            description = "ols (conditional MLE, least squares), mle (exact MLE), yule-walker or burg "
                    + "(default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--no-intercept", description = "Fit without an intercept (mean taken as 0).")
    boolean noIntercept;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArFit.Method m = ArFit.Method.of(method);
        int p = (int) (m == ArFit.Method.MLE ? Limits.range("--order (with --method mle)", order, 0,
                Limits.MAX_MLE_ORDER) : Limits.range("--order", order, 0, Limits.MAX_ORDER));
        // each method says itself how many values it needs (Yule–Walker and Burg fit any n > p, as R's ar.yw and
        // ar.burg do); the reader only asks for more values than coefficients
        Series s = Inputs.read(input, column, p + 1L, dropMissing);
        ArFit fit = m.fit(s.values(), p, !noIntercept);
        if (s.length() - p < SMALL) {
            spec.commandLine().getErr().println("arlab fit: warning: only " + s.length() + " values for an AR(" + p
                    + "), " + (s.length() - p) + " one-step equation" + (s.length() - p == 1 ? "" : "s")
                    + ": the estimates are very uncertain.");
            spec.commandLine().getErr().flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(fit));
        } else {
            print(out, s, fit);
        }
        out.flush();
        return 0;
    }

    /** Fewer one-step equations than this earn a warning on standard error. */
    static final int SMALL = 10;

    static String toJson(ArFit fit) {
        Json j = new Json().beginObject();
        j.name("method").value(fit.method().key());
        j.name("order").value(fit.order());
        j.name("phi").array(fit.phi());
        j.name("intercept").value(fit.intercept());
        j.name("mean").value(fit.mean());
        j.name("sigma2").value(fit.sigma2());
        j.name("sigma2Kind").value(fit.sigma2Kind().key());
        j.name("logLikelihood").value(fit.logLikelihood());
        j.name("logLikelihoodKind").value(fit.logLikelihoodKind().key());
        j.name("aic").value(fit.aic());
        j.name("bic").value(fit.bic());
        j.name("nobs").value(fit.nobs());
        j.name("stdErrors").beginObject().name("intercept").value(fit.seIntercept()).name("phi").array(fit.sePhi())
                .endObject();
        ArModel shape = ArModel.of(fit.phi(), 1); // stationarity and roots need φ only (σ² of data at 1e200 overflows)
        j.name("stationary").value(shape.isStationary());
        j.name("roots").beginArray();
        CharacteristicRoots r = CharacteristicRoots.of(shape);
        for (int i = 0; i < r.size(); i++) {
            j.beginObject().name("re").value(r.re()[i]).name("im").value(r.im()[i]).endObject();
        }
        return j.endArray().endObject().toString();
    }

    private static void print(PrintWriter out, Series s, ArFit fit) {
        out.printf(Locale.ROOT, "%s: AR(%d) by %s, %d observations%n", s.name(), fit.order(), fit.method().label(),
                fit.nobs());
        if (fit.withIntercept()) {
            out.printf(Locale.ROOT, "  intercept  %14.8g  (se %.4g)   mean %.8g%n", fit.intercept(), fit.seIntercept(),
                    fit.mean());
        }
        for (int i = 0; i < fit.order(); i++) {
            out.printf(Locale.ROOT, "  phi%-7d %14.8g  (se %.4g)%n", i + 1, fit.phi()[i], fit.sePhi()[i]);
        }
        out.printf(Locale.ROOT, "  sigma2     %14.8g  (%s)%n  logLik     %14.8g  (%s)%n  AIC        %14.8g%n"
                + "  BIC        %14.8g%n", fit.sigma2(), fit.sigma2Kind().label(), fit.logLikelihood(),
                fit.logLikelihoodKind().key(), fit.aic(), fit.bic());
        out.printf(Locale.ROOT, "  stationary %s%n", ArModel.of(fit.phi(), 1).isStationary());
    }
}
