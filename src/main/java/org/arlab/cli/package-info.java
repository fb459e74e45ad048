/** Headless commands ({@code fit}, {@code simulate}, …) for scripts and handouts; no JavaFX here. */
package org.arlab.cli;
