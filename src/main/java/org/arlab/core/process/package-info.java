/**
 * Processes given by their one-step conditionals: the common currency between true generators, fitted linear AR
 * models and trained networks ({@link org.arlab.core.process.SequenceModel}). Nothing here knows of the screen.
 */
package org.arlab.core.process;
