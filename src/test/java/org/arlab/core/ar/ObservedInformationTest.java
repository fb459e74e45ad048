package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/** The whitened, Richardson-extrapolated Hessian behind the exact MLE's standard errors. */
class ObservedInformationTest {
    @Test
    void aStiffCorrelatedQuarticIsDifferentiatedToItsExactHessian() {
        // curvature 1e6 along (1, 1), 1 across, a quartic term on top: axis steps of 0.1/√H_ii would cross far
        // out of the quadratic region along (1, 1); the whitened ones do not
        ToDoubleFunction<double[]> f = t -> {
            double a = t[0] + t[1];
            double b = t[0] - t[1];
            return 0.5e6 * a * a + 0.5 * b * b + 1e3 * Math.pow(a, 4) + 0.1 * Math.pow(b, 4);
        };
        double[] at = {0.01, -0.01}; // a = 0, b = 0.02
        // exact: ∂² over (a, b) is diag(1e6 + 12e3·a², 1 + 1.2·b²), and t = ((a + b)/2, (a − b)/2)
        double haa = 1e6;
        double hbb = 1 + 1.2 * 0.02 * 0.02;
        double[][] exact = {{haa + hbb, haa - hbb}, {haa - hbb, haa + hbb}};
        Curvature c = null;
        double[][] metric = null;
        for (int round = 0; round < 3; round++) {
            c = Curvature.at(f, at, metric, new double[] {1e-3, 1e-3});
            metric = c.hessian();
        }
        double[][] h = c.hessian();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(h[i][j]).isCloseTo(exact[i][j], org.assertj.core.data.Offset.offset(1e-6 * haa));
            }
        }
        // across the ridge the inverse Hessian gives Var(b) = Var(t₀ − t₁) = 1/f_bb: the soft direction, resolved
        double[][] w = c.inverseFactor();
        double varB = 0;
        for (double[] row : w) {
            double d = row[0] - row[1];
            varB += d * d;
        }
        assertThat(varB).isCloseTo(1 / hbb, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void anIndefiniteHessianIsRefusedNotHiddenBehindAZeroStandardError() {
        ToDoubleFunction<double[]> saddle = t -> t[0] * t[0] - 0.5 * t[1] * t[1];
        Curvature c = Curvature.at(saddle, new double[] {0, 0}, null, new double[] {1, 1});
        assertThatThrownBy(c::inverseFactor).isInstanceOf(IllegalArgumentException.class);
    }
}
