package org.arlab.core.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Least squares against statsmodels 0.13.5 (Debian python3-statsmodels):
 * {@code AutoReg(y, lags=p, trend='c').fit()}, params and sigma2 (= SSR/N), on log10(lynx) with p = 2 and
 * yearly sunspots with p = 3; printed with repr() (17 significant digits). The series are the copies the application
 * ships ({@code assets/series}, R's {@code datasets}, public domain), read from the class path.
 */
class LeastSquaresFitTest {
    static double[] column(String resource) throws IOException {
        // the classic series the application ships (assets/series, packaged under org/arlab/app/series)
        try (InputStream in = LeastSquaresFitTest.class.getResourceAsStream("/org/arlab/app/series/" + resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\R");
            double[] v = new double[lines.length - 1];
            for (int i = 1; i < lines.length; i++) {
                v[i - 1] = Double.parseDouble(lines[i].split(",")[1]);
            }
            return v;
        }
    }

    private static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, offset(1e-8 * Math.abs(expected)));
    }

    @Test
    void lynxLog10Ar2MatchesStatsmodels() throws IOException {
        double[] y = column("lynx.csv");
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.log10(y[i]);
        }
        ArModel m = LeastSquaresFit.fit(y, 2);
        assertRelative(m.intercept(), 1.0576004564424593);
        assertRelative(m.phi(1), 1.3842377116393618);
        assertRelative(m.phi(2), -0.7477757203843681);
        assertRelative(m.sigma() * m.sigma(), 0.051630186086787724);
    }

    @Test
    void sunspotsAr3MatchesStatsmodels() throws IOException {
        ArModel m = LeastSquaresFit.fit(column("sunspot_year.csv"), 3);
        assertRelative(m.intercept(), 16.65694107134164);
        assertRelative(m.phi(1), 1.3136718614177623);
        assertRelative(m.phi(2), -0.5393786542746511);
        assertRelative(m.phi(3), -0.11107802267696451);
        assertRelative(m.sigma() * m.sigma(), 271.65374288165486);
    }

    @Test
    void refusesShortOrDegenerateSeries() {
        assertThatThrownBy(() -> LeastSquaresFit.fit(new double[] {1, 2, 3}, 2)).hasMessageContaining("at least 6 values");
        double[] constant = new double[50];
        java.util.Arrays.fill(constant, 3.0);
        assertThatThrownBy(() -> LeastSquaresFit.fit(constant, 1)).hasMessageContaining("collinear");
    }
}
