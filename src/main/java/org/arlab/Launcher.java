package org.arlab;

import org.arlab.cli.ArLabCommand;

/**
 * Entry point of {@code arlab.jar}. With no arguments it opens the window; with arguments it runs a headless
 * command and never loads JavaFX. It does not extend {@code Application}, so the shaded jar starts on the class path.
 * With {@link ArLabCommand}, it is the only code that writes to the standard streams or ends the process.
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * @param args none for the window; otherwise a command line for {@link ArLabCommand}
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            String problem = org.arlab.app.Desktop.start(args);
            if (problem != null) {
                System.err.println(problem);
                System.exit(1);
            }
            return;
        }
        System.setProperty("java.awt.headless", "true"); // commands draw charts without a display
        if (args[0].equals("kl")) {
            // While this thread loads classes and reads the command line, the other core loads and compiles the
            // Monte Carlo kernel on a throwaway problem, so the real run starts on compiled code (whole process at
            // M = 10⁵, T = 200: 451 ± 33 ms with it, 512 ± 43 ms without).
            // classes, not lambdas, here and on the rest of kl's way (see core.montecarlo.Cancellation)
            Thread warm = new Thread(new Runnable() {
                @Override
                public void run() {
                    org.arlab.core.kl.KlMonteCarlo.warmUp();
                }
            }, "warm-up");
            warm.setDaemon(true);
            warm.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
                @Override
                public void uncaughtException(Thread t, Throwable e) {
                    // a failed warm-up only costs time: no stack trace
                }
            });

            warm.start();
        }
        System.exit(ArLabCommand.run(new java.util.function.Supplier<org.arlab.chart.LabCatalog>() {
            @Override
            public org.arlab.chart.LabCatalog get() {
                return org.arlab.app.lab.Labs.catalog();
            }
        }, args));
    }
}
