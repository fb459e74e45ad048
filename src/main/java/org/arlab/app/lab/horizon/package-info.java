/** The Horizon lab: sampling errors accumulating when a fitted model generates on its own (MATH.md, 2E). */
package org.arlab.app.lab.horizon;
