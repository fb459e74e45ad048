package org.arlab.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.arlab.core.series.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripIsExactForRandomSessions() throws Exception {
        SplittableRandom rnd = new SplittableRandom(2026);
        for (int trial = 0; trial < 200; trial++) {
            int p = 1 + rnd.nextInt(6);
            double[] phi = new double[p];
            for (int i = 0; i < p; i++) {
                phi[i] = rnd.nextDouble(-2, 2);
            }
            double[] init = new double[rnd.nextInt(p + 1)];
            for (int i = 0; i < init.length; i++) {
                init[i] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-300, 300));
            }
            DataScenario d = DataScenario.of(phi, rnd.nextDouble(0.01, 5), rnd.nextDouble(-10, 10),
                    10 + rnd.nextInt(1_000_000 - 10), rnd.nextLong(), init);
            Series loaded = null;
            if (rnd.nextBoolean()) {
                double[] v = new double[rnd.nextInt(Session.MIN_LOADED, 300)];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.longBitsToDouble(rnd.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (rnd.nextBoolean() ? 1 : -1);
                }
                loaded = Series.of("série \"" + trial + "\".csv", v);
            }
            Session s = new Session(d, loaded);
            Path file = dir.resolve("s" + trial + ".json");
            SessionFile.write(s, RandomSessions.SLOTS, file);
            Session back = SessionFile.read(file, RandomSessions.SLOTS);
            assertThat(back.data()).isEqualTo(d);
            if (loaded == null) {
                assertThat(back.loadedSeries()).isEmpty();
            } else {
                assertThat(back.loaded().name()).isEqualTo(loaded.name());
                assertThat(back.loaded().values()).containsExactly(loaded.values());
            }
        }
    }

    /** Issue 17: a loaded file's first year (its t column) is kept with the series; an absurd one is refused. */
    @Test
    void aLoadedSeriesKeepsItsFirstYear() throws Exception {
        Series lynx = Series.of("lynx.csv", new double[] {269, 321, 585, 871, 1475, 2821, 3928, 5943, 4950, 2577})
                .withFirstT(1821);
        String json = SessionFile.toJson(new Session(Session.DEFAULT.data(), lynx), RandomSessions.SLOTS);
        Session back = SessionFile.fromJson(json, RandomSessions.SLOTS);
        assertThat(back.loaded().firstT()).isEqualTo(1821);
        assertThat(back.loaded().values()).containsExactly(lynx.values());
        Series plain = Series.of("x.csv", lynx.values());
        String without = SessionFile.toJson(new Session(Session.DEFAULT.data(), plain), RandomSessions.SLOTS);
        assertThat(without).doesNotContain("firstT");
        assertThat(SessionFile.fromJson(without, RandomSessions.SLOTS).loaded().firstT()).isEqualTo(1);
        assertThatThrownBy(() -> SessionFile.fromJson(json.replace("1821.0", "1e300"), RandomSessions.SLOTS))
                .hasMessageContaining("firstT");
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"arlab-session\",\n  \"version\": 1,\n  oops\n}");
        assertThatThrownBy(() -> SessionFile.read(file, RandomSessions.SLOTS))
                .isInstanceOf(SessionFile.InvalidSessionException.class)
                .hasMessageStartingWith("broken.json is not a valid AR Lab session: line 4, column");
    }

    @Test
    void impossibleValuesAreRefusedWithTheReason() throws Exception {
        String good = SessionFile.toJson(Session.DEFAULT, RandomSessions.SLOTS);
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"sigma\" : 1.0", "\"sigma\" : -1.0"), RandomSessions.SLOTS))
                .hasMessageContaining("σ");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"n\" : 500", "\"n\" : 3"), RandomSessions.SLOTS))
                .hasMessageContaining("10 to 1 000 000");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("arlab-session", "something-else"), RandomSessions.SLOTS))
                .hasMessageContaining("format");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"version\" : 3", "\"version\" : 99"), RandomSessions.SLOTS))
                .hasMessageContaining("version 99");
        assertThatThrownBy(() -> SessionFile.fromJson("[1, 2]", RandomSessions.SLOTS)).hasMessageContaining("format");
        assertThatThrownBy(() -> SessionFile.read(dir.resolve("none.json"), RandomSessions.SLOTS)).hasMessageContaining("no such file");
    }

    @Test
    void defaultSessionIsTheDocumentedLesson() throws Exception {
        Session s = SessionFile.fromJson(SessionFile.toJson(Session.DEFAULT, RandomSessions.SLOTS), RandomSessions.SLOTS);
        assertThat(s.data().phi()).containsExactly(0.5, -0.3);
        assertThat(s.data().n()).isEqualTo(500);
        assertThat(s.data().seed()).isEqualTo(42);
    }

    @Test
    void everyLabRoundTripsExactly() throws Exception {
        SplittableRandom rnd = new SplittableRandom(825);
        for (int trial = 0; trial < 300; trial++) {
            Session s = RandomSessions.next(rnd);
            Path file = dir.resolve("labs" + trial + ".json");
            SessionFile.write(s, RandomSessions.SLOTS, file);
            Session back = SessionFile.read(file, RandomSessions.SLOTS);
            assertThat(back).isEqualTo(s);
            assertThat(back.settings(org.arlab.core.session.FitSettings.SLOT)).isEqualTo(s.settings(org.arlab.core.session.FitSettings.SLOT));
            assertThat(back.settings(org.arlab.core.session.LikelihoodSettings.SLOT)).isEqualTo(s.settings(org.arlab.core.session.LikelihoodSettings.SLOT));
            assertThat(back.settings(org.arlab.core.session.HorizonSettings.SLOT)).isEqualTo(s.settings(org.arlab.core.session.HorizonSettings.SLOT));
            assertThat(back.settings(org.arlab.core.session.KlSettings.SLOT)).isEqualTo(s.settings(org.arlab.core.session.KlSettings.SLOT));
            assertThat(back.settings(org.arlab.core.session.McSettings.SLOT)).isEqualTo(s.settings(org.arlab.core.session.McSettings.SLOT));
            assertThat(back.loadedOrder()).isEqualTo(s.loadedOrder());
            assertThat(back.loadedNote()).isEqualTo(s.loadedNote());
        }
    }

    @Test
    void aFileWithoutTheNewerLabsReadsThemAtTheirDefaults() throws Exception {
        String old = "{\"format\": \"arlab-session\", \"version\": 1, \"labs\": {\"data\": {\"phi\": [0.7], "
                + "\"sigma\": 2.0, \"intercept\": 0.0, \"n\": 300, \"seed\": 5}}}";
        Session s = SessionFile.fromJson(old, RandomSessions.SLOTS);
        assertThat(s.data().phi()).containsExactly(0.7);
        assertThat(s.settings(org.arlab.core.session.KlSettings.SLOT)).isEqualTo(KlSettings.DEFAULT);
        assertThat(s.settings(org.arlab.core.session.McSettings.SLOT)).isEqualTo(McSettings.DEFAULT);
        assertThat(s.settings(org.arlab.core.session.FitSettings.SLOT)).isEqualTo(FitSettings.DEFAULT);
    }

    @Test
    void aSessionWrittenByVersionOneOpensWithEveryValue() throws Exception {
        Path file = Path.of(SessionFileTest.class.getResource("session-v1.arlab.json").toURI());
        Session s = SessionFile.read(file, RandomSessions.SLOTS);
        assertThat(s.data()).isEqualTo(DataScenario.of(new double[] {0.7, -0.2}, 1.5, 3.0, 400, 2026,
                new double[] {1.0, 2.0}));
        assertThat(s.settings(FitSettings.SLOT)).isEqualTo(new FitSettings(org.arlab.core.ar.ArFit.Method.BURG,
                org.arlab.core.ar.OrderChoice.AIC, 3, 12, false, 35));
        assertThat(s.settings(LikelihoodSettings.SLOT)).isEqualTo(new LikelihoodSettings(true, false, 2, 1, 0.75,
                -1.0, LikelihoodSettings.Ascent.NONE));
        assertThat(s.settings(HorizonSettings.SLOT)).isEqualTo(new HorizonSettings(new ArSettings(1,
                new double[] {0.8, 0, 0, 0}, 0.5), 2.5, 1.7, 3.2, 99));
        assertThat(s.settings(KlSettings.SLOT)).isEqualTo(new KlSettings(new ArSettings(1, new double[] {0.9, 0, 0, 0},
                1), new ArSettings(2, new double[] {0.3, 0.1, 0, 0}, 2), 2.0, new SamplingBudget(4.5, 5.5, 7)));
        assertThat(s.settings(McSettings.SLOT)).isEqualTo(new McSettings(3, new double[] {1, -2, 0.5, 0.25, 0}, 0.5,
                1.5, new SamplingBudget(3, 6, 11)));
        assertThat(s.loaded().name()).isEqualTo("nile.csv");
        assertThat(s.loaded().values()).startsWith(1120, 1160, 963).hasSize(12);
        assertThat(s.loadedOrder()).isEqualTo(2);
        assertThat(s.loadedNote()).isEqualTo("classic series: Nile");
        // written again, it is a version-3 file with the path, and reads back the same
        Session again = SessionFile.fromJson(SessionFile.toJson(s, RandomSessions.SLOTS), RandomSessions.SLOTS);
        assertThat(again).isEqualTo(s);
        assertThat(SessionFile.toJson(s, RandomSessions.SLOTS)).contains("\"version\" : 3", "\"ascent\"");
    }

    @Test
    void onlyFilesOfAnOlderVersionMayLackTheNewerFields() throws Exception {
        String v2 = SessionFile.toJson(Session.DEFAULT, RandomSessions.SLOTS);
        String noAscent = v2.replaceAll("(?s),\\s*\"ascent\" : \\{[^}]*\\}", "");
        assertThat(noAscent).doesNotContain("ascent");
        assertThatThrownBy(() -> SessionFile.fromJson(noAscent, RandomSessions.SLOTS))
                .hasMessageContaining("labs.likelihood").hasMessageContaining("ascent");
        Session v1 = SessionFile.fromJson(noAscent.replace("\"version\" : 3", "\"version\" : 1"),
                RandomSessions.SLOTS);
        assertThat(v1.settings(LikelihoodSettings.SLOT).ascent()).isEqualTo(LikelihoodSettings.Ascent.NONE);
        assertThatThrownBy(() -> SessionFile.fromJson(v2.replace("\"steps\" : 0", "\"steps\" : 501"),
                RandomSessions.SLOTS)).hasMessageContaining("501");
    }

    @Test
    void aBadLabFieldIsRefusedWithItsPath() {
        String good = SessionFile.toJson(Session.DEFAULT, RandomSessions.SLOTS);
        assertThat(good).contains("\"monteCarlo\"", "\"kl\"", "\"horizon\"", "\"likelihood\"", "\"fit\"");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"maxOrder\" : 10", "\"maxOrder\" : 99"), RandomSessions.SLOTS))
                .hasMessageContaining("labs.fit").hasMessageContaining("largest order must be 1 to 30, not 99");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"maxOrder\" : 10", "\"maxOrder\" : 2.5"), RandomSessions.SLOTS))
                .hasMessageContaining("labs.fit.maxOrder");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"maxOrder\" : 10", "\"maxOrder\" : \"10\""), RandomSessions.SLOTS))
                .hasMessageContaining("labs.fit.maxOrder");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"orderMode\" : \"FIXED\",", ""), RandomSessions.SLOTS))
                .hasMessageContaining("labs.fit").hasMessageContaining("orderMode");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"degree\" : 2", "\"degree\" : 7"), RandomSessions.SLOTS))
                .hasMessageContaining("labs.monteCarlo").hasMessageContaining("degree must be 0 to 4");
        assertThatThrownBy(() -> SessionFile.fromJson(good.replace("\"logMaxSamples\" : 5.0", "\"logMaxSamples\" : 9"), RandomSessions.SLOTS))
                .hasMessageContaining("labs.kl").hasMessageContaining("largest M");
    }
}
