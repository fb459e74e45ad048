/**
 * The Mixture lab (MATH.md, problem 3): a mixture of Gaussians per step. Part 1 is Bishop's inverted sinusoid, where
 * one Gaussian draws its mean through empty space and a mixture follows the branches; part 2 trains an MDN-AR live on
 * series whose next step may go one of two ways, beside the true process's exact conditional.
 */
package org.arlab.app.lab.mixture;
