package org.arlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX themes AR Lab switches between. */
public enum Theme {
    /** Primer light. */
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    /** Primer dark. */
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** Makes this the application's theme. Call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }

    /** @return true for a dark theme */
    public boolean dark() {
        return this == DARK;
    }
}
