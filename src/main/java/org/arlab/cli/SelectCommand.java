package org.arlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.OrderSelection;
import org.arlab.core.series.Series;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code select}: chooses the AR order by AIC or BIC on a common sample. */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = "Choose the order 0..P by AIC or BIC (least squares with intercept, all orders on the same "
                + "sample t = P+1..n). With --json: order, criterion, scores [{order, aic, bic, logLikelihood}].")
public final class SelectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "The file (CSV, TSV or whitespace separated).")
    Path input;

    @Option(names = "--column", description = Inputs.COLUMN_HELP)
    String column;

    @Option(names = "--drop-missing", description = Inputs.DROP_HELP)
    boolean dropMissing;

    @Option(names = "--max-order", required = true, description = "The largest order P, 0 to 50.")
    long maxOrderOption;

    @Option(names = "--criterion", defaultValue = "aic", description = "aic or bic (default ${DEFAULT-VALUE}).")
    String criterion;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        OrderSelection.Criterion c = OrderSelection.Criterion.parse(criterion);
        int maxOrder = (int) Limits.range("--max-order", maxOrderOption, 0, Limits.MAX_ORDER);
        Series s = Inputs.read(input, column, 2L * maxOrder + 3, dropMissing);
        OrderSelection sel = OrderSelection.of(s.values(), maxOrder, true, c);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json j = new Json().beginObject();
            j.name("order").value(sel.order());
            j.name("criterion").value(c.name().toLowerCase(Locale.ROOT));
            j.name("scores").beginArray();
            for (int p = 0; p < sel.fits().size(); p++) {
                ArFit f = sel.fits().get(p);
                j.beginObject().name("order").value(p).name("aic").value(f.aic()).name("bic").value(f.bic())
                        .name("logLikelihood").value(f.logLikelihood()).endObject();
            }
            out.println(j.endArray().endObject());
        } else {
            out.printf(Locale.ROOT, "%s: %s chooses p = %d (orders 0..%d on t = %d..%d)%n", s.name(), c, sel.order(),
                    maxOrder, maxOrder + 1, s.length());
            out.printf(Locale.ROOT, "%6s %16s %16s %16s%n", "order", "AIC", "BIC", "logLik");
            for (int p = 0; p < sel.fits().size(); p++) {
                ArFit f = sel.fits().get(p);
                out.printf(Locale.ROOT, "%6d %16.8g %16.8g %16.8g%s%n", p, f.aic(), f.bic(), f.logLikelihood(),
                        p == sel.order() ? "  <" : "");
            }
        }
        out.flush();
        return 0;
    }
}
