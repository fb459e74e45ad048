package org.arlab.app.lab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.arlab.core.series.Series;
import org.arlab.core.series.SeriesFormatException;
import org.arlab.core.series.SeriesReader;

/**
 * The classic series shipped with AR Lab (R's datasets, public domain; see assets/series/README.md) with their
 * textbook AR order.
 *
 * @param name the menu text
 * @param file the resource file
 * @param log10 whether the textbook models the log10 of the values
 * @param order the textbook order
 * @param reference where the model comes from
 */
public record ClassicSeries(String name, String file, boolean log10, int order, String reference) {
    /** The four classic series. */
    public static final List<ClassicSeries> ALL = List.of(
            new ClassicSeries("Canadian lynx, log10 (AR(2))", "lynx.csv", true, 2, "Moran 1953; Brockwell & Davis"),
            new ClassicSeries("Yearly sunspots (AR(2))", "sunspot_year.csv", false, 2, "Yule 1927"),
            new ClassicSeries("Nile flow (AR(1))", "nile.csv", false, 1, "a classic AR(1) with a change in level"),
            new ClassicSeries("Nottingham temperatures (AR(12))", "nottem.csv", false, 12,
                    "monthly and seasonal: an AR fit that needs a high order"));

    /** Reads the series from the application's resources. */
    public Series load() throws SeriesFormatException {
        try (InputStream in = ClassicSeries.class.getResourceAsStream("/org/arlab/app/series/" + file)) {
            if (in == null) {
                throw new SeriesFormatException(file, 0, "is missing from the application.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Series s = SeriesReader.parse(file, text, "value", 10);
            // the years on the series chart's time axis (1821 … 1934 for the lynx); months leave it at 1, 2, …
            double firstT = org.arlab.core.series.TimeColumn.firstT(SeriesReader.parse(file, text, "t", 10).values());
            if (!log10) {
                return Series.of(name, s.values()).withFirstT(firstT);
            }
            double[] v = s.values();
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.log10(v[i]);
            }
            return Series.of(name, v).withFirstT(firstT);
        } catch (SeriesFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new SeriesFormatException(file, 0, "cannot be read (" + e.getMessage() + ").");
        }
    }
}
