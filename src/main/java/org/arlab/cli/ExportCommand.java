package org.arlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.arlab.chart.ChartExport;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.LabFigures;
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

    @Option(names = "--lab", required = true,
            description = "data, fit, likelihood, horizon, kl or montecarlo.")
    String lab;

    @Option(names = "--output", required = true, description = "FILE.png, FILE.svg or FILE.pdf.")
    Path output;

    @Option(names = "--width", defaultValue = "1200", description = "Width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "750", description = "Height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--session", description = "A session file saved by the application.")
    Path session;

    @Override
    public Integer call() throws Exception {
        LabFigures.LabName name;
        try {
            name = LabFigures.LabName.valueOf(lab.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown lab '" + lab
                    + "': choose data, fit, likelihood, horizon, kl or montecarlo.");
        }
        ChartExport.Format.of(output);
        Session s = session == null ? Session.DEFAULT : SessionFile.read(session);
        ChartExport.write(LabFigures.main(name, s, ChartStyle.of(false, 1f)), output, width, height);
        spec.commandLine().getOut().println("wrote " + output);
        return 0;
    }
}
