/** The Memory lab (MATH.md, problem 2D): long-range dependence, connectivity, and gradients through time. */
package org.arlab.app.lab.memory;
