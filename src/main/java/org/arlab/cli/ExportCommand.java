package org.arlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.arlab.chart.ChartExport;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.LabCatalog;
import org.arlab.chart.LabSpec;
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
                + "with the default lesson or a saved session. Needs no display.")
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
        Session s = session == null ? Session.DEFAULT : SessionFile.read(session, catalog.slots());
        ChartExport.write(catalog.mainFigure(spec, s, ChartStyle.of(false, 1f)), output, w, h);
        this.spec.commandLine().getOut().println("wrote " + org.arlab.core.io.Echo.line(output.toString()));
        return 0;
    }
}
