/** Autoregressive models: parameters, simulation, stationarity (MATH.md, problem 1). */
package org.arlab.core.ar;
