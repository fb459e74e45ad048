/** The Likelihood lab: log-likelihood surfaces that sharpen with data, and gradient ascent climbing them. */
package org.arlab.app.lab.likelihood;
