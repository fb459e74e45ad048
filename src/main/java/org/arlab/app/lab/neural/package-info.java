/**
 * The Neural AR lab (MATH.md, problems 2A, 2B and 2E): a window MLP, RNN or GRU trained live by maximum likelihood
 * beside the linear AR, and its exposure bias when it generates alone.
 */
package org.arlab.app.lab.neural;
