/** The Fit lab: estimate AR(p) by four methods, choose the order, diagnose the residuals, forecast. */
package org.arlab.app.lab.fit;
