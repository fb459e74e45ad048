/**
 * A small neural engine for autoregressive models over a series (MATH.md, problems 2A, 2D and 3; DESIGN.md,
 * "Neural models"): dense layers, Elman RNN and GRU cells with backpropagation through time, Gaussian and
 * mixture-density heads whose losses are exact negative log-likelihoods, window and recurrent models giving
 * {@code p(x_t | x_<t)}, gradient ascent and Adam, and a trainer that steps one epoch at a time and publishes immutable
 * snapshots. Plain {@code double[]} loops: every parameter of a network lives in one flat array at offsets the layers
 * document, so optimisers, snapshots and gradient checks see one vector. Nothing here knows of the screen.
 */
package org.arlab.core.neural;
