package org.arlab.app;

import javafx.application.Application;

/**
 * Starts the JavaFX application, turning a missing or unreadable display into one clear line.
 */
public final class Desktop {
    /**
     * JavaFX warns through java.util.logging that it was loaded from the class path (harmless for a shaded jar);
     * kept here so the logger, and its level, are not garbage collected.
     */
    private static final java.util.logging.Logger FX_STARTUP =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private Desktop() {
    }

    /**
     * Launches the window and returns when it closes.
     *
     * @param args the command line (none)
     * @return null when the window ran, else why no window could be opened, one line for the user (the entry point
     *         prints it: only {@code org.arlab.Launcher} and the commands write to the standard streams)
     */
    public static String start(String[] args) {
        String problem = DisplayCheck.problem(System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"),
                System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (problem != null) {
            return "AR Lab cannot open its window: " + problem;
        }
        FX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(ArLabApp.class, args);
            return null;
        } catch (RuntimeException | Error e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            return "AR Lab cannot open its window: " + why.replace('\n', ' ') + " (is a graphical display available?)";
        }
    }
}
