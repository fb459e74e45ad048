/** The JavaFX application: main window, labs (one package each), shared controls, background runner. */
package org.arlab.app;
