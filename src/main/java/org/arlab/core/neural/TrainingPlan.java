package org.arlab.core.neural;

/**
 * How a network is trained (MATH.md, problem 2A): the optimiser, the mini-batch size and, for a recurrent net, the
 * truncation of backpropagation through time. An epoch is one pass over the training targets. Full batch: one update
 * per epoch from the gradient of the mean NLL over every training target. Mini-batches of B: a window model takes the
 * targets in a fresh random order each epoch (the seed's batch-order stream), B at a time; a recurrent net takes them
 * in time order, B consecutive targets at a time, carrying its state from one batch to the next with the gradient cut
 * between them.
 *
 * @param optimizer gradient ascent or Adam
 * @param batchSize B ≥ 1, or 0 for the full batch
 * @param truncation k ≥ 1 to truncate backpropagation through time to k steps, or 0 for none
 */
public record TrainingPlan(Optimizer optimizer, int batchSize, int truncation) {
    /** Validates. */
    public TrainingPlan {
        if (optimizer == null) {
            throw new IllegalArgumentException("A training plan needs an optimizer.");
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("The batch size must be 0 (full batch) or more, not " + batchSize
                    + ".");
        }
        if (truncation < 0) {
            throw new IllegalArgumentException("The truncation must be 0 (none) or more steps, not " + truncation
                    + ".");
        }
    }

    /** @return full-batch training with the optimiser and full backpropagation through time */
    public static TrainingPlan fullBatch(Optimizer optimizer) {
        return new TrainingPlan(optimizer, 0, 0);
    }
}
