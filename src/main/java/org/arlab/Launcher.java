package org.arlab;

import org.arlab.cli.ArLabCommand;

/**
 * Entry point of {@code arlab.jar}. With no arguments it opens the window; with arguments it runs a headless
 * command and never loads JavaFX. It does not extend {@code Application}, so the shaded jar starts on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * @param args none for the window; otherwise a command line for {@link ArLabCommand}
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            int status = org.arlab.app.Desktop.start(args);
            if (status != 0) {
                System.exit(status);
            }
            return;
        }
        System.setProperty("java.awt.headless", "true"); // commands draw charts without a display
        System.exit(ArLabCommand.run(args));
    }
}
