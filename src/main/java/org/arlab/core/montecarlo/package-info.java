/** Monte Carlo estimation: running means with standard errors, Gaussian moments of polynomials (MATH.md, problem 4). */
package org.arlab.core.montecarlo;
