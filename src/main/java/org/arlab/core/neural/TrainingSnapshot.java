package org.arlab.core.neural;

/**
 * What a trainer publishes after an epoch: immutable, so a lab can draw it on another thread while training goes on.
 * The NLLs are per observation, natural log, in the series' units (MATH.md, problem 2A; comparable with the linear
 * AR's −ℓ/N), both at the weights after the epoch, teacher-forced.
 *
 * @param epoch the number of epochs done (0 before the first)
 * @param trainNll the mean NLL over the training targets
 * @param validationNll the mean NLL over the validation targets (NaN without any)
 * @param model the network with the weights after the epoch
 */
public record TrainingSnapshot(int epoch, double trainNll, double validationNll, TrainedModel model) {
}
