/** KL divergence between two AR models: exact chain-rule recursion, rate, Monte Carlo (MATH.md, problem 2C). */
package org.arlab.core.kl;
