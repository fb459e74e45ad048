package org.arlab.app.lab.neural;

import org.arlab.core.neural.TrainedModel;
import org.arlab.core.process.ExposureBias;

/**
 * What the Neural AR lab draws after a batch of epochs: immutable (arrays are not written after it is made), made on
 * the worker.
 *
 * @param epoch epochs done
 * @param maxEpochs the budget
 * @param trainNll the NLL per training observation at epochs 0..epoch
 * @param validationNll the NLL per validation observation at epochs 0..epoch
 * @param linearTrainNll the linear AR(p)'s training NLL
 * @param linearValidationNll the linear AR(p)'s validation NLL
 * @param model the network now
 * @param description the network in one line
 * @param parameters the number of parameters
 * @param x the series
 * @param first the first target
 * @param trainEnd the first validation target
 * @param oneStep the teacher-forced predictive means of x_t, t = first..n−1
 * @param linearOneStep the linear AR's one-step predictions of the same targets
 * @param sigma the predictive standard deviation (data units; of the first target for a mixture or recurrent net)
 * @param trainMse the mean squared one-step residual over the training targets
 * @param gradientEpochs the epochs at which the gradient norms were taken
 * @param gradientNorms per layer, ‖∇_θ(−ℓ/N)‖ at those epochs
 * @param layers the layers' names
 * @param rate η
 * @param fan the exposure-bias fan (null until computed)
 * @param errors the error against horizon of this model (null until computed)
 * @param twinErrors a teacher-forced twin's errors when training by scheduled sampling (else null)
 * @param trueScores the rollouts' and the truth's mean log-likelihood under the known generator (else null)
 * @param fedBack the share of inputs fed back in the latest scheduled-sampling epoch (NaN under teacher forcing)
 * @param source what the data are
 */
public record NeuralSnapshot(int epoch, int maxEpochs, double[] trainNll, double[] validationNll, double linearTrainNll,
        double linearValidationNll, TrainedModel model, String description, int parameters, double[] x, int first,
        int trainEnd, double[] oneStep, double[] linearOneStep, double sigma, double trainMse, double[] gradientEpochs,
        double[][] gradientNorms, String[] layers, double rate, ExposureBias.Fan fan, ExposureBias.Errors errors,
        ExposureBias.Errors twinErrors, double[] trueScores, double fedBack, String source) {
    /** @return the latest validation NLL */
    public double validation() {
        return validationNll[validationNll.length - 1];
    }

    /** @return the latest training NLL */
    public double train() {
        return trainNll[trainNll.length - 1];
    }
}
