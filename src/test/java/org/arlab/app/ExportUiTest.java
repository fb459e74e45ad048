package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;

import org.arlab.chart.ChartExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export through the real window: the toolbar's Export… and Export lab… buttons, the settings dialog, then files
 * checked on disk (PNG size and drawing, SVG and PDF headers). Only the system's file chooser is replaced, since a
 * headless display has none.
 */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private File nextFile;
    private File nextFolder;
    private boolean formulas;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, false);
        window.show();
        window.setExportDestinations(new Exporter.Destinations() {
            @Override
            public File file(String title, String initialName, ChartExport.Format format) {
                return nextFile;
            }

            @Override
            public File folder(String title) {
                return nextFolder;
            }
        });
    }

    private void exportThroughDialog(FxRobot robot, String button, ChartExport.Format format, int w, int h,
            double scale) {
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<ChartExport.Format> choice = robot.lookup("#export-format").queryAs(ChoiceBox.class);
        Spinner<Integer> width = robot.lookup("#export-width").queryAs(Spinner.class);
        Spinner<Integer> height = robot.lookup("#export-height").queryAs(Spinner.class);
        ChoiceBox<Double> sc = robot.lookup("#export-scale").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            choice.setValue(format);
            width.getValueFactory().setValue(w);
            height.getValueFactory().setValue(h);
            sc.setValue(scale);
            robot.lookup("#export-formulas").tryQuery().ifPresent(
                    box -> ((javafx.scene.control.CheckBox) box).setSelected(formulas));
        });
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMainChartGoesToEachFormatAtTheChosenSize(FxRobot robot) throws Exception {
        UiTests.waitFor(10, () -> window.lab("Data") != null);
        File png = dir.resolve("series.png").toFile();
        nextFile = png;
        exportThroughDialog(robot, "#export", ChartExport.Format.PNG, 700, 400, 2.0);
        UiTests.waitFor(20, () -> saidSaved(robot, png.getName()));
        BufferedImage img = javax.imageio.ImageIO.read(png);
        assertThat(img.getWidth()).isEqualTo(1400);
        assertThat(img.getHeight()).isEqualTo(800);
        assertThat(distinctColours(img)).isGreaterThan(8);

        File svg = dir.resolve("series.svg").toFile();
        nextFile = svg;
        exportThroughDialog(robot, "#export", ChartExport.Format.SVG, 640, 400, 1.0);
        UiTests.waitFor(20, () -> saidSaved(robot, svg.getName()));
        String text = Files.readString(svg.toPath(), StandardCharsets.UTF_8);
        assertThat(text).contains("<svg").contains("width='640.0'").contains("<path");

        File pdf = dir.resolve("series").toFile();
        nextFile = pdf;
        exportThroughDialog(robot, "#export", ChartExport.Format.PDF, 640, 400, 1.0);
        Path written = dir.resolve("series.pdf");
        UiTests.waitFor(20, () -> saidSaved(robot, "series.pdf"));
        byte[] bytes = Files.readAllBytes(written);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("/MediaBox [0.0 0.0 640.0 400.0]");
    }

    @Test
    void anExistingFileIsKeptWhenTheUserSaysNo(FxRobot robot) throws Exception {
        Path existing = dir.resolve("keep.png");
        Files.writeString(existing, "not yet a chart");
        nextFile = existing.toFile();
        exportThroughDialog(robot, "#export", ChartExport.Format.PNG, 640, 400, 1.0);
        javafx.scene.control.DialogPane replace = robot.lookup("#export-replace").queryAs(
                javafx.scene.control.DialogPane.class);
        // the dialog's own Cancel (the status line has a Cancel button too)
        robot.clickOn(replace.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-replace").tryQuery()).isEmpty();
        // a second export, to a new file, goes through the same one-at-a-time runner: once it is saved, a write of
        // keep.png (had Cancel let one through) would have been done before it
        File other = dir.resolve("other.png").toFile();
        nextFile = other;
        exportThroughDialog(robot, "#export", ChartExport.Format.PNG, 640, 400, 1.0);
        UiTests.waitFor(20, () -> saidSaved(robot, other.getName()));
        assertThat(other).exists();
        assertThat(Files.readString(existing)).isEqualTo("not yet a chart");
    }

    @Test
    void exportLabWritesEveryChartOfTheLab(FxRobot robot) throws Exception {
        UiTests.waitFor(10, () -> window.lab("Data") != null);
        int charts = window.lab("Data").charts().size();
        nextFolder = dir.toFile();
        formulas = true;
        exportThroughDialog(robot, "#export-lab", ChartExport.Format.SVG, 640, 400, 1.0);
        UiTests.waitFor(30, () -> saidSaved(robot, charts + " charts and the formulas in"));
        assertThat(svgFiles()).hasSize(charts + 1);
        assertThat(dir.resolve("data-formulas.svg")).exists();
        for (File f : svgFiles()) {
            assertThat(f.getName()).startsWith("data-");
            assertThat(Files.readString(f.toPath(), StandardCharsets.UTF_8)).contains("<svg");
        }
    }

    /** Issue 17 (Export): the toolbar's Export… says which chart it exports. */
    @Test
    void theExportDialogNamesTheChart(FxRobot robot) throws Exception {
        UiTests.waitFor(10, () -> window.lab("Data") != null);
        String title = window.lab("Data").charts().get(0).getTitle().getText();
        robot.clickOn("#export");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup("#export-settings").queryAs(
                javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Export the chart “" + title + "”: format and size");
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(
                javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean saidSaved(FxRobot robot, String what) {
        String said = robot.lookup("#status-message").queryLabeled().getText();
        return said.startsWith("Saved") && said.contains(what);
    }

    private List<File> svgFiles() {
        File[] all = dir.toFile().listFiles((d, name) -> name.endsWith(".svg"));
        return all == null ? List.of() : List.of(all);
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
