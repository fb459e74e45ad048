package org.arlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.arlab.chart.ChartExport;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.LabCatalog;
import org.arlab.chart.KlModelFigures;
import org.arlab.chart.LabSpec;
import org.arlab.core.kl.ProcessKl;
import org.arlab.core.process.LinearProcess;
import org.arlab.core.process.SequenceModel;
import org.arlab.core.session.KlSettings;
import org.arlab.core.io.AtomicFile;
import org.arlab.core.session.Session;
import org.arlab.core.session.SessionFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: renders a lab's main figure headless to PNG, SVG or PDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render a lab's main figure to PNG, SVG or PDF (the format follows the extension), "
                + "with the default lesson or a saved session. Needs no display. With --lab kl and --p-model or "
                + "--q-model (files from train --save; a side without one is the session's linear AR): the KL lab's "
                + "charts for that pair side by side, the Monte Carlo curve KL_t over t = 1..T with its 95%% band "
                + "and slope, and the running estimates over M.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Supplier<LabCatalog> labs;

    @Option(names = "--lab", required = true,
            description = "The lab's key: data, fit, likelihood, horizon, kl, montecarlo, … (the navigator's labs).")
    String lab;

    @Option(names = "--output", required = true,
            description = "FILE.png, FILE.svg or FILE.pdf, replaced atomically (the old file stays until the new one "
                    + "is complete).")
    Path output;

    @Option(names = "--width", defaultValue = "1200",
            description = "Width in pixels, 50 to 10 000 (default ${DEFAULT-VALUE}).")
    long width;

    @Option(names = "--height", defaultValue = "750",
            description = "Height in pixels, 50 to 10 000 (default ${DEFAULT-VALUE}).")
    long height;

    @Option(names = "--session", description = "A session file saved by the application.")
    Path session;

    @Option(names = "--p-model", description = "--lab kl: p from a model file written by train --save.")
    String pModel;

    @Option(names = "--q-model", description = "--lab kl: q from a model file written by train --save.")
    String qModel;

    @Option(names = "--horizon", description = "--lab kl with a model file: the horizon T, 1 to 100 000 (default: "
            + "the session's T).")
    Long horizon;

    @Option(names = "--samples", defaultValue = "10000", description = "--lab kl with a model file: sequences M "
            + "drawn from p, 2 to 1 000 000 000; T × M at most 2 000 000 000 (default ${DEFAULT-VALUE}).")
    long samples;

    @Option(names = "--seed", description = "--lab kl with a model file: the random seed (default: the session's).")
    Long seed;

    /** @param labs the labs that can be drawn */
    ExportCommand(Supplier<LabCatalog> labs) {
        this.labs = labs;
    }

    @Override
    public Integer call() throws Exception {
        int w = (int) Limits.range("--width", width, 50, 10_000);
        int h = (int) Limits.range("--height", height, 50, 10_000);
        LabCatalog catalog = labs.get();
        LabSpec spec = catalog.find(lab);
        ChartExport.Format.of(output);
        AtomicFile.checkTarget(output); // before drawing: a missing folder is said at once
        boolean models = pModel != null || qModel != null;
        if (!models && (horizon != null || seed != null || this.spec.commandLine().getParseResult()
                .hasMatchedOption("--samples"))) {
            throw new IllegalArgumentException("--horizon, --samples and --seed are for --lab kl with --p-model or "
                    + "--q-model.");
        }
        if (models && !spec.key().equals("kl")) {
            throw new IllegalArgumentException("--p-model and --q-model are for --lab kl, not --lab " + spec.key()
                    + ".");
        }
        Session s = session == null ? Session.DEFAULT : SessionFile.read(session, catalog.slots());
        if (models) {
            ChartExport.writeRow(kl(s), output, w, h);
        } else {
            ChartExport.write(catalog.mainFigure(spec, s, ChartStyle.of(false, 1f)), output, w, h);
        }
        this.spec.commandLine().getOut().println("wrote " + org.arlab.core.io.Echo.line(output.toString()));
        return 0;
    }

    /** The KL lab's charts for a pair with a model file: budget first, then the files, then the sampling. */
    private java.util.List<org.jfree.chart.JFreeChart> kl(Session s) {
        KlSettings k = s.settings(KlSettings.SLOT);
        long t = horizon != null ? horizon : Math.round(Math.pow(10, k.logHorizon()));
        int steps = (int) Limits.range("--horizon", t, 1, Limits.MAX_KL_HORIZON);
        Limits.range("--samples", samples, 2, Limits.MAX_SAMPLES);
        Limits.work("--horizon × --samples", steps, samples, Limits.MAX_KL_DRAWS, "steps");
        SequenceModel p = pModel != null ? ModelKl.file("p", pModel)
                : LinearProcess.of("p = linear AR(" + k.p().order() + ") of the session", k.p().model());
        SequenceModel q = qModel != null ? ModelKl.file("q", qModel)
                : LinearProcess.of("q = linear AR(" + k.q().order() + ") of the session", k.q().model());
        ProcessKl kl = new ProcessKl(p, q, steps, seed != null ? seed : k.sampling().seed(), ProcessKl.cores());
        kl.advance(samples, () -> false);
        double[] exact = ModelKl.closedFormCurve(p, q, kl, steps);
        String[] names = {"log-ratio", kl.method() == ProcessKl.Method.GAUSSIAN ? "conditional" : "nested"};
        return KlModelFigures.of(kl.cumulative(), kl.logRatioTrace(), kl.conditionalTrace(), names,
                exact == null ? Double.NaN : exact[steps - 1], exact, p.name() + ";  " + q.name(),
                ChartStyle.of(false, 1f));
    }
}
