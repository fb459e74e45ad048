/**
 * Free-running generation over long horizons (MATH.md, problem 2E): many rollouts of a model from one state, their
 * spread per horizon, against the theory σ² Σ_{j&lt;h} ψ_j².
 */
package org.arlab.core.horizon;
