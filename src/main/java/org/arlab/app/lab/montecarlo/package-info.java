/** The Monte Carlo lab: E f(x) for a polynomial f of a normal x, estimated live against the exact moments. */
package org.arlab.app.lab.montecarlo;
