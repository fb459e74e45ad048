package org.arlab.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.arlab.chart.ChartExport;
import org.arlab.chart.ChartStyle;
import org.arlab.chart.FormulaExport;
import org.arlab.chart.FormulaRenderer;
import org.arlab.core.formula.Formula;
import org.jfree.chart.JFreeChart;

/**
 * Exports charts from the window: asks for format, size and scale, then for a file (one chart) or a folder (every
 * chart of a lab); never overwrites without asking; writes in the background.
 */
final class Exporter {
    /** What the user chose in the export dialog. */
    record Settings(ChartExport.Format format, int width, int height, double scale, boolean formulas) {
    }

    /** Where exports go: by default the system's file and folder choosers; tests substitute their own. */
    interface Destinations {
        /** @return the file to write, or null when the user cancels */
        File file(String title, String initialName, ChartExport.Format format);

        /** @return the folder to write into, or null when the user cancels */
        File folder(String title);
    }

    private final Window owner;
    private final DialogService dialogs;
    private Destinations destinations;
    private final Background runner;
    private final StatusBar status;
    private Settings last = new Settings(ChartExport.Format.PNG, 1600, 1000, 1.0, true);

    Exporter(Window owner, DialogService dialogs, Background runner, StatusBar status) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.destinations = new Destinations() {
            @Override
            public File file(String title, String initialName, ChartExport.Format format) {
                return dialogs.saveFile(title, initialName, new FileChooser.ExtensionFilter(format + " file",
                        "*" + format.extension()));
            }

            @Override
            public File folder(String title) {
                return dialogs.folder(title);
            }
        };
        this.runner = runner;
        this.status = status;
    }

    /** Replaces the file and folder choosers (tests). */
    void setDestinations(Destinations d) {
        destinations = d;
    }

    /** Exports one chart: settings, then a file. */
    void exportChart(JFreeChart chart, String baseName) {
        Optional<Settings> s = askSettings(exportTitle(chart), false);
        if (s.isEmpty()) {
            return;
        }
        Settings settings = s.get();
        String ext = settings.format().extension();
        File file = destinations.file("Export chart as " + settings.format(), baseName + ext, settings.format());
        if (file == null) {
            return;
        }
        Path path = file.getName().toLowerCase(Locale.ROOT).endsWith(ext) ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + ext);
        if (Files.exists(path) && !confirmOverwrite(List.of(path))) {
            return;
        }
        write(List.of(chart), List.of(path), settings, null);
    }

    /** @return the export dialog's title, naming the chart: "Export the chart “Roots of 1 − φ₁z − φ₂z²”" */
    static String exportTitle(JFreeChart chart) {
        String t = chart.getTitle() == null ? "" : chart.getTitle().getText().strip();
        return t.isEmpty() ? "Export the chart" : "Export the chart “" + t + "”";
    }

    /**
     * Exports every chart of a lab into a folder, one file each, and when asked (and {@code formula} is not null)
     * the lab's formulas as one more file, "lab-formulas.ext", in the same format and width.
     */
    void exportLab(List<JFreeChart> charts, String labName, Formula formula, ChartStyle style,
            FormulaRenderer renderer) {
        Optional<Settings> s = askSettings("Export every chart of the " + labName + " lab", formula != null);
        if (s.isEmpty() || charts.isEmpty()) {
            return;
        }
        File dir = destinations.folder("Folder for the " + labName + " lab's charts");
        if (dir == null) {
            return;
        }
        List<Path> paths = fileNames(dir.toPath(), labName, charts, s.get().format());
        Settings set = s.get();
        Path formulaFile = formula != null && set.formulas() ? formulaFile(dir.toPath(), labName, set.format()) : null;
        List<Path> existing = java.util.stream.Stream.concat(paths.stream(), java.util.stream.Stream.ofNullable(
                formulaFile)).filter(Files::exists).toList();
        if (!existing.isEmpty() && !confirmOverwrite(existing)) {
            return;
        }
        write(charts, paths, set, formulaFile == null ? null
                : () -> FormulaExport.write(formula, renderer, style, formulaFile, set.width(), set.scale()));
    }

    /** @return the file "lab-formulas.ext" for a lab's formulas */
    static Path formulaFile(Path dir, String labName, ChartExport.Format format) {
        return dir.resolve(slug(labName) + "-formulas" + format.extension());
    }

    /** Writes something more after the charts (the formulas). */
    interface ExtraFile {
        void write() throws java.io.IOException;
    }

    /** The files "lab-1-title.ext", "lab-2-title.ext", … for a lab's charts. */
    static List<Path> fileNames(Path dir, String labName, List<JFreeChart> charts, ChartExport.Format format) {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            JFreeChart c = charts.get(i);
            String title = c.getTitle() == null ? "chart" : c.getTitle().getText();
            paths.add(dir.resolve(slug(labName) + "-" + (i + 1) + "-" + slug(title) + format.extension()));
        }
        return paths;
    }

    /** @return a file-name-safe form of a title: lower case, ASCII letters and digits joined by hyphens */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            // cut between words, never inside one ("…-likelihood-profile", not "…-likelihood-pro")
            int cut = s.lastIndexOf('-', 40);
            s = cut > 0 ? s.substring(0, cut) : s.substring(0, 40);
        }
        return s.isEmpty() ? "chart" : s;
    }

    private void write(List<JFreeChart> charts, List<Path> paths, Settings s, ExtraFile extra) {
        runner.submit("exporting " + paths.size() + " chart" + (paths.size() == 1 ? "" : "s"), progress -> {
            for (int i = 0; i < charts.size(); i++) {
                progress.checkCancelled();
                ChartExport.write(charts.get(i), paths.get(i), s.width(), s.height(), s.scale());
                progress.report((i + 1.0) / charts.size());
            }
            if (extra != null) {
                extra.write();
            }
            return paths;
        }, done -> status.say("Saved " + (done.size() == 1 && extra == null ? done.get(0).toString()
                : done.size() + " chart" + (done.size() == 1 ? "" : "s") + (extra == null ? "" : " and the formulas")
                + " in " + done.get(0).getParent())),
                err -> {
                    String why = FileActions.reason(err);
                    status.say("Could not export: " + why);
                    dialogs.error("export-error", "Cannot export", "The export stopped; no file is left half-written.",
                            why);
                });
    }

    private boolean confirmOverwrite(List<Path> existing) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Replace files?");
        alert.setHeaderText(existing.size() == 1 ? existing.get(0).getFileName() + " already exists."
                : existing.size() + " of these files already exist.");
        alert.setContentText("Replace " + (existing.size() == 1 ? "it" : "them") + "?");
        alert.getDialogPane().setId("export-replace");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Optional<Settings> askSettings(String title, boolean offerFormulas) {
        Dialog<Settings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title + ": format and size");
        dialog.getDialogPane().setId("export-settings");
        ChoiceBox<ChartExport.Format> format = new ChoiceBox<>();
        format.getItems().setAll(ChartExport.Format.values());
        format.setValue(last.format());
        format.setId("export-format");
        Spinner<Integer> width = new Spinner<>(200, 8000, last.width(), 100);
        Spinner<Integer> height = new Spinner<>(150, 8000, last.height(), 100);
        width.setEditable(true);
        height.setEditable(true);
        width.setId("export-width");
        height.setId("export-height");
        ChoiceBox<Double> scale = new ChoiceBox<>();
        scale.getItems().setAll(1.0, 1.5, 2.0, 3.0);
        scale.setValue(last.scale());
        scale.setId("export-scale");
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo(ChartExport.Format.PNG));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Width (px)"), width);
        grid.addRow(2, new Label("Height (px)"), height);
        grid.addRow(3, new Label("PNG scale"), scale);
        CheckBox formulas = new CheckBox("Include formulas");
        formulas.setId("export-formulas");
        formulas.setSelected(last.formulas());
        if (offerFormulas) {
            grid.add(formulas, 1, 4);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Settings(format.getValue(), width.getValue(), height.getValue(), scale.getValue(),
                        offerFormulas ? formulas.isSelected() : last.formulas()) : null);
        Optional<Settings> result = dialog.showAndWait();
        result.ifPresent(r -> last = r);
        return result;
    }
}
