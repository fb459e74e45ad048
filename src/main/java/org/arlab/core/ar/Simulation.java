package org.arlab.core.ar;

/**
 * The result of simulating an AR model.
 *
 * @param values the simulated series; shorter than requested when it overflowed
 * @param requested the requested length
 * @param stationary whether the model was stationary (started from its stationary distribution)
 * @param overflowed whether simulation stopped because the values left the finite range
 */
public record Simulation(double[] values, int requested, boolean stationary, boolean overflowed) {

    /** @return a one-line message for the user, or an empty string when all went well */
    public String warning() {
        if (overflowed) {
            return "The model is explosive: values overflowed after " + values.length + " of " + requested
                    + " steps, so the series stops there.";
        }
        if (!stationary) {
            return "The model is not stationary (a root lies on or inside the unit circle): values grow without bound.";
        }
        return "";
    }
}
