/**
 * The Mixture lab's experiment, headless (MATH.md, problem 3): a mixture-density network trained beside its
 * one-Gaussian twin on Bishop's inverted sinusoid or on a series, with the frames a screen or the command line shows.
 */
package org.arlab.core.mixture;
