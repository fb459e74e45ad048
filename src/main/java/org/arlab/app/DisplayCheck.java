package org.arlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, before JavaFX starts, whether a window can be opened, so that a missing display gives one clear line
 * instead of a stack trace from the toolkit.
 */
final class DisplayCheck {
    private static final Pattern LOCAL_DISPLAY = Pattern.compile("(?:unix)?:(\\d+)(?:\\.\\d+)?");

    private DisplayCheck() {
    }

    /**
     * @param display the value of {@code DISPLAY}
     * @param wayland the value of {@code WAYLAND_DISPLAY}
     * @param osName the {@code os.name} property
     * @param glassPlatform the {@code glass.platform} property (Monocle needs no display)
     * @return null when a display looks available, else the reason it is not
     */
    static String problem(String display, String wayland, String osName, String glassPlatform) {
        if (glassPlatform != null && glassPlatform.equalsIgnoreCase("monocle")) {
            return null;
        }
        if (!osName.toLowerCase().contains("linux")) {
            return null;
        }
        boolean hasX = display != null && !display.isBlank();
        boolean hasWayland = wayland != null && !wayland.isBlank();
        if (!hasX && !hasWayland) {
            return "no graphical display (the DISPLAY environment variable is not set). "
                    + "Run it on a desktop, or under Xvfb; the commands work without one (java -jar arlab.jar --help).";
        }
        if (hasX) {
            Matcher m = LOCAL_DISPLAY.matcher(display.trim());
            if (m.matches() && !Files.exists(Path.of("/tmp/.X11-unix/X" + m.group(1)))) {
                return "display " + display + " is not reachable (no X server listens on /tmp/.X11-unix/X"
                        + m.group(1) + ").";
            }
        }
        return null;
    }
}
