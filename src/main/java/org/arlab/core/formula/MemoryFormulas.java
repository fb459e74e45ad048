package org.arlab.core.formula;

/**
 * The Memory lab's formulas (MATH.md, problem 2D): the recurrence, the Jacobian product, s^T with the current
 * numbers, the window's blindness beyond p, and the singular value — not the spectral radius — as the condition.
 */
public final class MemoryFormulas {
    private MemoryFormulas() {
    }

    /**
     * @param scale s of W = s·Q
     * @param steps T
     * @param window p
     * @param lag L
     * @param sigmaMax σ_max of the trained RNN's W (NaN before training)
     * @param radius its spectral radius (NaN before training)
     */
    public static Formula of(double scale, int steps, int window, int lag, double sigmaMax, double radius) {
        String s = Tex.num(scale);
        return new Formula(java.util.List.of(
                Formula.equation("h_k = \\tanh(W h_{k-1} + U x_k + b), \\quad x_{k+1} \\mid h_k \\sim "
                        + "\\mathcal{N}(w^\\top h_k + c, \\sigma^2)"),
                Formula.equation("\\frac{\\partial h_T}{\\partial h_0} = \\prod_{k=1}^{T} "
                        + "\\operatorname{diag}(1 - h_k^2)\\, W",
                        "W = sQ,\\ h_0 = 0,\\ x = b = 0: \\quad \\left\\|\\frac{\\partial h_T}{\\partial h_0}"
                                + "\\right\\|_2 = s^T = " + s + "^{" + steps + "} = "
                                + Tex.num(Math.pow(scale, steps))),
                Formula.equation("\\text{window: } \\frac{\\partial f}{\\partial x_{t-k}} = 0 \\text{ for } k > p = "
                        + window + " \\text{ (the lag is } L = " + lag + ")"),
                Formula.equation("\\sigma_{\\max}(W) < 1/\\gamma\\ (\\gamma = 1 \\text{ for tanh}) \\Rightarrow "
                        + "\\text{vanishing}",
                        "\\text{trained RNN: } \\sigma_{\\max}(W) = " + Tex.num(sigmaMax) + ",\\ \\rho(W) = "
                                + Tex.num(radius)),
                Formula.mistake("\\text{The spectral radius } \\rho(W) \\text{ is not the condition: a non-normal } W "
                        + "\\text{ with } \\rho < 1 \\text{ can still grow } \\|W^T\\| \\text{ for a while.}")));
    }
}
