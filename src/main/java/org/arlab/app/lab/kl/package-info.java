/** The KL lab: exact KL between two AR models, its rate, and two Monte Carlo estimators converging live. */
package org.arlab.app.lab.kl;
