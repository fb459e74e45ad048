/**
 * Numerics of AR Lab: series, AR models, fitting, likelihood, KL divergence and Monte Carlo.
 * Nothing here knows of the screen: no {@code javafx}, no {@code java.awt}; see {@code ../shared/MATH.md}.
 */
package org.arlab.core;
