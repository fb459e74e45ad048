package org.arlab.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

import org.arlab.app.lab.data.ClassicSeries;
import org.arlab.app.lab.data.DataModel;
import org.arlab.core.io.Echo;
import org.arlab.core.series.FitScale;
import org.arlab.core.series.TimeColumn;
import org.arlab.core.series.Series;
import org.arlab.core.series.SeriesFormatException;
import org.arlab.core.series.SeriesReader;

/**
 * Series into the Data lab: File ▸ Open, drag and drop, the classic series. Files are read in the background; when
 * several columns hold numbers the user picks one, and when the file has missing values the same picker offers to
 * drop their lines; a bad file is refused in a dialog naming the line, and the series on screen stays.
 */
final class FileActions {
    private final DialogService dialogs;
    private final Background loader;
    private final StatusBar status;
    private final DataModel data;
    private final Runnable showData;

    /**
     * @param showData brings the Data lab on screen when a series arrives
     */
    FileActions(DialogService dialogs, Background loader, StatusBar status, DataModel data, Runnable showData) {
        this.dialogs = dialogs;
        this.loader = loader;
        this.status = status;
        this.data = data;
        this.showData = showData;
    }

    /** Asks for a file and loads it. */
    void openFile() {
        File file = dialogs.openFile("Open a series", List.of(
                new FileChooser.ExtensionFilter("Delimited text (CSV, TSV, TXT)", "*.csv", "*.tsv", "*.txt", "*.dat"),
                new FileChooser.ExtensionFilter("Any file", "*")));
        if (file != null) {
            load(file.toPath());
        }
    }

    /** Loads a file dropped on the node. */
    void acceptDrops(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                load(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /**
     * Loads a series from a file into the Data lab: asks for the column when several hold numbers, and offers to
     * drop the lines with a missing value when the file has some (seen in its first lines, or met while reading);
     * a bad file is refused in a dialog that names the line, and the series on screen stays.
     */
    void load(Path path) {
        // the whole file is read before anything is asked: a bad line is refused at once, not after the picker
        loader.submit("reading " + path.getFileName(), p -> Survey.of(path), survey -> {
            SeriesReader.Columns cols = survey.columns();
            List<String> numeric = survey.numeric();
            if (numeric.size() <= 1 && !cols.missing()) {
                read(path, cols, numeric.isEmpty() ? null : numeric.get(0), false, 1);
                return;
            }
            if (survey.time() != null && !cols.missing()) {
                // t,value: the rising column is the time, the other the series; nothing to ask
                read(path, cols, numeric.get(survey.time().valueColumn()), false, survey.time().firstT());
                return;
            }
            String header = path.getFileName() + (numeric.size() > 1 ? " has " + numeric.size()
                    + " columns of numbers" : "") + (cols.missing() ? (numeric.size() > 1 ? ", and " : " has ")
                    + "missing values (empty, NA, …) in its first lines" : "") + ".";
            pick(path, cols, numeric, header, numeric.get(numeric.size() - 1), cols.missing(), false);
        }, this::refuse);
    }

    /**
     * What a file holds, read in full before the user is asked anything: its columns, the ones of numbers, and
     * (for t,value) which is the time.
     */
    record Survey(SeriesReader.Columns columns, List<String> numeric, TimeColumn.Choice time) {
        static Survey of(Path path) throws SeriesFormatException {
            SeriesReader.Columns cols = SeriesReader.columns(path);
            List<String> numeric = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (int i = 0; i < cols.names().size(); i++) {
                if (cols.numeric().get(i)) {
                    numeric.add(cols.names().get(i));
                    // every line checked now (a missing value is left to the picker, which offers to drop it)
                    values.add(SeriesReader.read(path, cols.header() ? cols.names().get(i) : Integer.toString(i + 1),
                            1, true).values());
                }
            }
            return new Survey(cols, List.copyOf(numeric), TimeColumn.of(values));
        }
    }

    /** The column picker; then the reading. */
    private void pick(Path path, SeriesReader.Columns cols, List<String> numeric, String header, String initial,
            boolean offerDrop, boolean drop) {
        Optional<DialogService.ColumnChoice> chosen = dialogs.chooseColumn("column-picker", "Choose a column",
                header, numeric, initial, offerDrop, drop);
        if (chosen.isEmpty()) {
            status.say("Nothing loaded; the series on screen stays.");
            return;
        }
        read(path, cols, chosen.get().column(), chosen.get().dropMissing(), 1);
    }

    private void read(Path path, SeriesReader.Columns cols, String chosen, boolean drop, double firstT) {
        String column = chosen == null || cols.header() ? chosen
                : Integer.toString(cols.names().indexOf(chosen) + 1);
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        loader.submit("loading " + name, p -> {
            Series s = SeriesReader.read(path, column, 10, drop);
            FitScale.check(s, name);
            return firstT == 1 ? s : s.withFirstT(firstT);
        }, series -> {
            var refused = DataModel.refusal(series, name);
            if (refused.isPresent()) {
                refuse(refused.get());
                return;
            }
            showData.run();
            data.load(series, 0, "Loaded from " + name + (firstT == 1 ? "" : " (column " + chosen + ", from t = "
                    + org.arlab.chart.Format.number(firstT) + ")"));
            status.say("Loaded " + series.length() + " values from " + name + (chosen == null || cols.names().size()
                    == 1 ? "" : ", column " + chosen));
        }, e -> {
            if (e instanceof SeriesFormatException f && f.missingValue() && !drop) {
                // met beyond the first lines: the same picker, offering to drop them
                List<String> numeric = new ArrayList<>();
                for (int i = 0; i < cols.names().size(); i++) {
                    if (cols.numeric().get(i)) {
                        numeric.add(cols.names().get(i));
                    }
                }
                if (chosen != null && !numeric.contains(chosen)) {
                    numeric.add(chosen);
                }
                pick(path, cols, numeric.isEmpty() ? List.of(chosen) : numeric, f.getMessage(), chosen, true, true);
            } else {
                refuse(e);
            }
        });
    }

    /** Loads a classic series with its textbook order. */
    void classic(ClassicSeries c) {
        loader.submit("loading " + c.name(), p -> c.load(), series -> {
            showData.run();
            data.load(series, c.order(), c.name() + " (" + c.reference() + ")");
        }, this::refuse);
    }

    private void refuse(Throwable e) {
        refuse(reason(e));
    }

    private void refuse(String why) {
        dialogs.error("load-error", "Cannot load the series", "This file cannot be loaded; the series on screen stays.",
                why);
        status.say(why);
    }

    /** @return what went wrong, in one line: the refusal's own message, or what kind of failure it was */
    static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "AR Lab ran out of memory; close other labs' long runs or give Java more memory (-Xmx).";
        }
        boolean meant = (e instanceof java.io.IOException || e instanceof IllegalArgumentException
                || e instanceof ArithmeticException) && !(e instanceof NumberFormatException);
        if (meant && e.getMessage() != null && !e.getMessage().isBlank()) {
            return Echo.line(e.getMessage());
        }
        return "internal error (" + e.getClass().getSimpleName() + "); please report it to the AR Lab maintainers.";
    }
}
