/**
 * Log-likelihood surfaces over two parameters, from the Gram matrix (MATH.md, problem 1: O(p²) per point), and
 * gradient ascent on them (problem 2A).
 */
package org.arlab.core.likelihood;
