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
import org.arlab.core.series.SeriesReader;

/**
 * Series into the Data lab: File ▸ Open, drag and drop, the classic series. Files are read in the background; when
 * several columns hold numbers the user picks one; a bad file is refused in a dialog naming the line, and the series
 * on screen stays.
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
     * Loads a series from a file into the Data lab: asks for the column when several hold numbers; a bad file is
     * refused in a dialog that names the line, and the series on screen stays.
     */
    void load(Path path) {
        loader.submit("reading " + path.getFileName(), p -> SeriesReader.columns(path), cols -> {
            List<String> numeric = new ArrayList<>();
            for (int i = 0; i < cols.names().size(); i++) {
                if (cols.numeric().get(i)) {
                    numeric.add(cols.names().get(i));
                }
            }
            String column = null;
            if (numeric.size() > 1) {
                Optional<String> chosen = dialogs.choose("column-picker", "Choose a column", path.getFileName()
                        + " has " + numeric.size() + " columns of numbers.", "Column:", numeric,
                        numeric.get(numeric.size() - 1));
                if (chosen.isEmpty()) {
                    return;
                }
                column = cols.header() ? chosen.get() : Integer.toString(cols.names().indexOf(chosen.get()) + 1);
            }
            String col = column;
            loader.submit("loading " + path.getFileName(), p -> SeriesReader.read(path, col, 10), series -> {
                var refused = DataModel.refusal(series, path.getFileName().toString());
                if (refused.isPresent()) {
                    refuse(refused.get());
                    return;
                }
                showData.run();
                data.load(series, 0, "Loaded from " + path.getFileName());
                status.say("Loaded " + series.length() + " values from " + path.getFileName());
            }, this::refuse);
        }, this::refuse);
    }

    /** Loads a classic series with its textbook order. */
    void classic(ClassicSeries c) {
        loader.submit("loading " + c.name(), p -> c.load(), series -> {
            showData.run();
            data.load(series, c.order(), c.name() + " (" + c.reference() + ")");
        }, this::refuse);
    }

    private void refuse(Throwable e) {
        refuse(e.getMessage());
    }

    private void refuse(String why) {
        dialogs.error("load-error", "Cannot load the series", "This file cannot be loaded; the series on screen stays.",
                why);
        status.say(why);
    }
}
