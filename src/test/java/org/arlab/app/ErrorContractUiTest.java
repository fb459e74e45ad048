package org.arlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.arlab.core.session.Session;
import org.arlab.core.session.SessionFile;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's side of issue 16's contract: a bad file or session gets a dialog naming the line or the field and the
 * state on screen stays; a file with missing values is offered the column picker's "drop the lines with a missing
 * value"; a save that cannot be written says so in a dialog. Only the system's file choosers are replaced.
 */
@ExtendWith(ApplicationExtension.class)
class ErrorContractUiTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private File nextSave;

    @Start
    void start(Stage stage) {
        FxDialogs real = new FxDialogs(stage);
        DialogService dialogs = new DialogService() {
            @Override
            public File openFile(String title, List<FileChooser.ExtensionFilter> filters) {
                return null;
            }

            @Override
            public File saveFile(String title, String initialName, FileChooser.ExtensionFilter filter) {
                return nextSave;
            }

            @Override
            public File folder(String title) {
                return null;
            }

            @Override
            public java.util.Optional<String> choose(String id, String title, String header, String label,
                    List<String> choices, String initial) {
                return real.choose(id, title, header, label, choices, initial);
            }

            @Override
            public java.util.Optional<ColumnChoice> chooseColumn(String id, String title, String header,
                    List<String> columns, String initial, boolean offerDrop, boolean drop) {
                return real.chooseColumn(id, title, header, columns, initial, offerDrop, drop);
            }

            @Override
            public void error(String id, String title, String header, String message) {
                real.error(id, title, header, message);
            }

            @Override
            public void inform(String id, String title, javafx.scene.Node content) {
                real.inform(id, title, content);
            }

            @Override
            public boolean confirm(String id, String title, String header, String message, String action) {
                return real.confirm(id, title, header, message, action);
            }
        };
        window = new MainWindow(stage, false, dialogs);
        window.show();
    }

    private static int points(FxRobot robot) {
        return robot.lookup("#series-chart").<ChartViewer>query().getChart().getXYPlot().getDataset().getItemCount(0);
    }

    private static DialogPane dialog(FxRobot robot, String id) throws Exception {
        UiTests.waitFor(20, () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).query();
    }

    private static void close(FxRobot robot, DialogPane pane, ButtonType button) {
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(button)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path series(String name, int n, int naAt) throws Exception {
        StringBuilder sb = new StringBuilder("value\n");
        for (int i = 0; i < n; i++) {
            sb.append(i == naAt ? "NA" : Double.toString(Math.sin(i / 3.0) + i % 7 * 0.1)).append('\n');
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void missingValuesAreOfferedToBeDroppedInTheColumnPicker(FxRobot robot) throws Exception {
        // in the first lines: the picker offers it at once
        robot.interact(() -> window.loadFile(uncheck(() -> series("early.csv", 60, 5))));
        DialogPane picker = dialog(robot, "column-picker");
        assertThat(picker.getHeaderText()).contains("missing values");
        CheckBox drop = (CheckBox) picker.lookup("#drop-missing");
        assertThat(drop.isSelected()).isFalse();
        robot.interact(() -> drop.setSelected(true));
        close(robot, picker, ButtonType.OK);
        UiTests.waitFor(20, () -> points(robot) == 59);
        // beyond the first lines: the reading meets it, and the same picker comes back naming the line
        robot.interact(() -> window.loadFile(uncheck(() -> series("late.csv", 400, 350))));
        DialogPane again = dialog(robot, "column-picker");
        assertThat(again.getHeaderText()).contains("late.csv, line 352: \"NA\" marks a missing value");
        assertThat(((CheckBox) again.lookup("#drop-missing")).isSelected()).isTrue();
        close(robot, again, ButtonType.OK);
        UiTests.waitFor(20, () -> points(robot) == 399);
    }

    @Test
    void aBadFileGetsADialogNamingTheLineAndTheSeriesStays(FxRobot robot) throws Exception {
        robot.interact(() -> window.loadFile(uncheck(() -> series("good.csv", 80, -1))));
        UiTests.waitFor(20, () -> points(robot) == 80);
        Path eu = dir.resolve("eu.csv");
        Files.writeString(eu, "id;value\n" + "2012;0,388\n".repeat(20));
        robot.interact(() -> window.loadFile(eu));
        // two columns count as numbers (a decimal comma does), but the file is read in full before any column is
        // asked for (issue 17): refused at once, no picker first
        DialogPane error = dialog(robot, "load-error");
        assertThat(robot.lookup("#column-picker").tryQuery()).isEmpty();
        assertThat(error.getContentText()).isEqualTo("eu.csv, line 2: \"0,388\" uses a decimal comma; AR Lab reads "
                + "a decimal point (0.388).");
        close(robot, error, ButtonType.OK);
        assertThat(points(robot)).isEqualTo(80);
        Path big = dir.resolve("big.csv");
        Files.writeString(big, "v\n1e200\n" + "1\n2\n".repeat(10));
        robot.interact(() -> window.loadFile(big));
        DialogPane scale = dialog(robot, "load-error");
        assertThat(scale.getContentText()).contains("beyond ±1e150");
        close(robot, scale, ButtonType.OK);
        assertThat(points(robot)).isEqualTo(80);
    }

    @Test
    void aBadSessionGetsADialogNamingTheFieldAndNothingChanges(FxRobot robot) throws Exception {
        Slider phi1 = robot.lookup("#phi1-slider").query();
        double before = phi1.getValue();
        String good = SessionFile.toJson(Session.DEFAULT, org.arlab.app.lab.Labs.catalog().slots());
        Path bad = dir.resolve("lesson.json");
        Files.writeString(bad, good.replace("\"phi\" : [ 0.5, -0.3 ]", "\"phi\" : [ 0.9 ]")
                .replace("\"n\" : 500", "\"n\" : 4294967306"));
        robot.interact(() -> window.openSession(bad, true));
        DialogPane error = dialog(robot, "session-error");
        assertThat(error.getContentText()).isEqualTo("lesson.json is not a valid AR Lab session: labs.data.n must be "
                + "10 to 1 000 000, not 4294967306.");
        close(robot, error, ButtonType.OK);
        assertThat(phi1.getValue()).isEqualTo(before);
    }

    @Test
    void aSaveThatCannotBeWrittenSaysSoInADialog(FxRobot robot) throws Exception {
        nextSave = dir.resolve("no/such/folder/lesson.json").toFile();
        robot.interact(window::saveSession);
        DialogPane error = dialog(robot, "session-save-error");
        assertThat(error.getContentText()).startsWith("cannot write ").endsWith("does not exist.");
        close(robot, error, ButtonType.OK);
        Path ok = dir.resolve("lesson.json");
        Files.writeString(ok, "old");
        nextSave = ok.toFile();
        robot.interact(window::saveSession);
        UiTests.waitFor(20, () -> uncheck(() -> Files.readString(ok)).contains("arlab-session"));
        try (var s = Files.list(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private interface Checked<T> {
        T get() throws Exception;
    }

    private static <T> T uncheck(Checked<T> c) {
        try {
            return c.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
