package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void numbersStringsAndNesting() {
        String s = new Json().beginObject().name("a").value(1.5).name("n").value(3L).name("b").value(true)
                .name("s").value("x\"y\n").name("v").array(new double[] {1, 2.25}).name("o").beginObject()
                .name("z").value(-0.0).endObject().endObject().toString();
        assertThat(s).isEqualTo("{\"a\":1.5,\"n\":3,\"b\":true,\"s\":\"x\\\"y\\n\",\"v\":[1.0,2.25],\"o\":{\"z\":0.0}}");
    }

    @Test
    void aMemberWhoseValueIsNaNIsLeftOut() {
        assertThat(new Json().beginObject().name("a").value(Double.NaN).name("b").value(2.0).endObject().toString())
                .isEqualTo("{\"b\":2.0}");
        assertThat(new Json().beginObject().name("a").value(1.0).name("b").value(Double.NaN).endObject().toString())
                .isEqualTo("{\"a\":1.0}");
        assertThat(new Json().beginObject().name("se").beginObject().name("intercept").value(Double.NaN).name("phi")
                .array(new double[] {0.1}).endObject().endObject().toString())
                .isEqualTo("{\"se\":{\"phi\":[0.1]}}");
        assertThat(new Json().beginArray().beginObject().name("x").value(Double.NaN).endObject().beginObject()
                .name("x").value(1.0).endObject().endArray().toString()).isEqualTo("[{},{\"x\":1.0}]");
    }

    @Test
    void infinitiesAndNaNInArraysAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> new Json().beginObject().name("logLikelihood").value(Double.POSITIVE_INFINITY))
                .isInstanceOf(Json.NotFinite.class).hasMessageStartingWith("logLikelihood is +∞: a value overflowed");
        assertThatThrownBy(() -> new Json().beginObject().name("method").value("burg").name("stdErrors").beginObject()
                .name("intercept").value(1.0).name("phi").array(new double[] {0.5, Double.NaN}))
                .isInstanceOf(Json.NotFinite.class).hasMessageStartingWith("stdErrors.phi[1] is not a number (NaN)");
        assertThatThrownBy(() -> new Json().beginObject().name("steps").beginArray().beginObject().name("mean")
                .value(1.0).endObject().beginObject().name("mean").value(Double.NEGATIVE_INFINITY))
                .isInstanceOf(Json.NotFinite.class).hasMessageStartingWith("steps[1].mean is −∞");
        assertThatThrownBy(() -> new Json().value(Double.NaN)).hasMessageStartingWith("the result is not a number");
    }
}
