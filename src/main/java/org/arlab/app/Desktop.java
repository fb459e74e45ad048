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
     * @return 0 when the window ran, 1 when no display could be opened (a message was printed)
     */
    public static int start(String[] args) {
        String problem = DisplayCheck.problem(System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"),
                System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (problem != null) {
            System.err.println("AR Lab cannot open its window: " + problem);
            return 1;
        }
        FX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(ArLabApp.class, args);
            return 0;
        } catch (RuntimeException | Error e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            System.err.println("AR Lab cannot open its window: " + why.replace('\n', ' ')
                    + " (is a graphical display available?)");
            return 1;
        }
    }
}
