/** Residual diagnostics that are not specific to AR models: normal scores for QQ plots. */
package org.arlab.core.diagnostics;
