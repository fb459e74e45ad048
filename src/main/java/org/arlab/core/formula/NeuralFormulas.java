package org.arlab.core.formula;

/**
 * The Neural AR lab's mathematics (MATH.md, problems 2A and 2E): maximum likelihood with a Gaussian output is mean
 * squared error (with today's σ, MSE and NLL), the gradient with its factor ∇_θ f_θ (and the worked solution's
 * mistake of dropping it), the parameter count and the update rule with η.
 */
public final class NeuralFormulas {
    private NeuralFormulas() {
    }

    /**
     * @param sigma σ of the predictive distribution (data units)
     * @param mse the mean squared one-step residual over the training targets
     * @param trainNll the NLL per training observation
     * @param parameters the number of parameters
     * @param description the network in words
     * @param rate η
     * @param adam whether the update is Adam's
     * @param gradientNorm ‖∇_θ(−ℓ/N)‖ now
     */
    public static Formula of(double sigma, double mse, double trainNll, int parameters, String description,
            double rate, boolean adam, double gradientNorm) {
        double s2 = sigma * sigma;
        double identity = 0.5 * Math.log(2 * Math.PI * s2) + mse / (2 * s2);
        Formula.Block nll = Formula.equation(
                "-\\frac{\\ell(\\theta)}{N} = \\tfrac12\\log(2\\pi\\sigma^2) + \\frac{1}{2\\sigma^2}\\cdot\\frac1N"
                        + "\\sum_k \\big(x_k - f_\\theta(x_{<k})\\big)^2 = \\tfrac12\\log(2\\pi\\sigma^2) + "
                        + "\\frac{\\mathrm{MSE}}{2\\sigma^2}",
                "\\sigma = " + Tex.num(sigma) + ",\\ \\mathrm{MSE} = " + Tex.num(mse) + ":\\quad \\tfrac12\\log(2\\pi"
                        + "\\cdot" + Tex.num(s2) + ") + \\frac{" + Tex.num(mse) + "}{2\\cdot" + Tex.num(s2) + "} = "
                        + Tex.num(identity) + "\\ \\ (\\text{NLL per observation: } " + Tex.num(trainNll) + ")");
        Formula.Block gradient = Formula.equation(
                "\\nabla_\\theta \\ell = \\frac{1}{\\sigma^2}\\sum_k \\big(x_k - f_\\theta(x_{<k})\\big)\\,"
                        + "\\nabla_\\theta f_\\theta(x_{<k})",
                "\\|\\nabla_\\theta(-\\ell/N)\\| = " + Tex.num(gradientNorm) + "\\ \\text{over } " + Tex.count(parameters)
                        + "\\ \\text{parameters}");
        Formula.Block mistake = Formula.mistake(
                "\\text{Common mistake: dropping } \\nabla_\\theta f_\\theta \\text{ leaves } \\frac{1}{\\sigma^2}"
                        + "\\sum_k (x_k - f_\\theta(x_{<k})),\\ \\text{a number, not a direction in } \\theta");
        Formula.Block update = Formula.equation(
                adam ? "\\theta \\leftarrow \\theta + \\eta\\,\\hat m/(\\sqrt{\\hat v} + \\epsilon)\\ \\ "
                        + "(\\text{Adam on } \\nabla_\\theta \\ell/N)" : "\\theta \\leftarrow \\theta + \\eta\\,"
                        + "\\nabla_\\theta \\ell/N",
                "\\eta = " + Tex.num(rate) + ",\\quad \\text{" + java.util.Arrays.stream(description.split("→"))
                        .map(part -> Tex.text(part.strip())).collect(java.util.stream.Collectors.joining(
                                "}\\ \\rightarrow\\ \\text{")) + "}: " + Tex.count(parameters)
                        + "\\ \\text{parameters}");
        return new Formula(java.util.List.of(nll, gradient, mistake, update));
    }
}
