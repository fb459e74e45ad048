package org.arlab.app.lab.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.arlab.app.Background;
import org.arlab.core.series.CurrentSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Data lab's model and controller, without a window: runner and publisher run inline. */
class DataControllerTest {
    private DataModel model;

    @BeforeEach
    void setUp() {
        model = new DataModel();
        new DataController(model, new Background("Data", Runnable::run, Runnable::run));
    }

    @Test
    void computesTheDefaultSeriesAtOnce() {
        CurrentSeries r = model.resultProperty().get();
        assertThat(r).isNotNull();
        assertThat(r.simulation().values()).hasSize(500);
        assertThat(r.model().phi()).containsExactly(0.5, -0.3);
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void movingPhiRecomputesTheSeries() {
        double[] before = model.resultProperty().get().simulation().values();
        model.phiProperty(1).set(0.9);
        CurrentSeries after = model.resultProperty().get();
        assertThat(after.model().phi(1)).isEqualTo(0.9);
        assertThat(after.simulation().values()).isNotEqualTo(before);
    }

    @Test
    void sameSeedSameSeriesNewSeedOtherSeries() {
        double[] first = model.resultProperty().get().simulation().values();
        model.seedProperty().set(7);
        double[] other = model.resultProperty().get().simulation().values();
        model.seedProperty().set(42);
        assertThat(model.resultProperty().get().simulation().values()).containsExactly(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void lengthFollowsTheLogSlider() {
        model.logNProperty().set(4);
        assertThat(model.resultProperty().get().simulation().values()).hasSize(10_000);
        model.logNProperty().set(6);
        CurrentSeries big = model.resultProperty().get();
        assertThat(big.simulation().values()).hasSize(1_000_000);
    }

    @Test
    void orderAboveTheCoefficientsUsesOnlyTheFirstP() {
        model.phiProperty(3).set(0.2);
        assertThat(model.resultProperty().get().model().order()).isEqualTo(2);
        model.orderProperty().set(3);
        assertThat(model.resultProperty().get().model().phi()).containsExactly(0.5, -0.3, 0.2);
    }

    @Test
    void explosivePresetWarnsAndStaysFinite() {
        model.logNProperty().set(4);
        model.apply(Preset.ALL.stream().filter(p -> p.name().startsWith("Explosive")).findFirst().orElseThrow());
        CurrentSeries r = model.resultProperty().get();
        assertThat(r.stationarity().stationary()).isFalse();
        assertThat(r.simulation().overflowed()).isTrue();
        assertThat(model.messageProperty().get()).contains("explosive");
        for (double v : r.simulation().values()) {
            assertThat(Double.isFinite(v)).isTrue();
        }
    }

    @Test
    void pseudoCyclePresetIsStationaryAR2() {
        model.apply(Preset.ALL.stream().filter(p -> p.name().contains("pseudo")).findFirst().orElseThrow());
        CurrentSeries r = model.resultProperty().get();
        assertThat(r.model().phi()).containsExactly(1.5, -0.75);
        // |roots| of 1 - 1.5 z + 0.75 z^2: both equal 1/sqrt(0.75)
        assertThat(r.stationarity().smallestRootModulus()).isCloseTo(1 / Math.sqrt(0.75), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.stationarity().reason()).contains("period 12");
    }

    @Test
    void aLoadedSeriesThatNoModelFitsIsStillShownWithTheReason() {
        double[] y = new double[100];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.sin(i / 5.0);
        }
        model.load(org.arlab.core.series.Series.of("sine", y), 2, "a pure sine");
        CurrentSeries r = model.resultProperty().get();
        assertThat(r.generated()).isFalse();
        assertThat(r.values()).hasSize(100);
        assertThat(r.note()).contains("none could be fitted").contains("exactly");
        model.generate();
        assertThat(model.resultProperty().get().generated()).isTrue();
    }
}
