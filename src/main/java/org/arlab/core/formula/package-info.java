/**
 * The equations of MATH.md as LaTeX strings with the current numbers substituted: pure strings, no typesetting
 * (the chart layer typesets them, the app shows them beside each lab's charts).
 */
package org.arlab.core.formula;
