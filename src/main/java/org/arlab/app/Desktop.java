package org.arlab.app;

import javafx.application.Application;

/**
 * Starts the JavaFX application, turning a missing or unreadable display into one clear line.
 */
public final class Desktop {
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
