package org.arlab.app;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import org.arlab.app.lab.data.ClassicSeries;
import org.arlab.app.lab.data.Preset;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The window's toolbar: files, sessions, presets and export on the left; formulas, "About this lab", presentation,
 * theme and help on the right. Every button says what it does and its shortcut in a tooltip.
 */
final class MainToolbar {
    /** What the toolbar's buttons and menus do. */
    interface Actions {
        /** File ▸ Open a series. */
        void openFile();

        /** Session ▸ Save. */
        void saveSession();

        /** Session ▸ Open. */
        void openSession();

        /** Session ▸ Start a fresh lesson. */
        void freshLesson();

        /** Session ▸ Quit: keeps the session for next time and closes the window. */
        void quit();

        /** A textbook model for the Data lab's generator. */
        void preset(Preset p);

        /** A classic real series with its textbook model. */
        void classic(ClassicSeries c);

        /** Export the lab's main chart. */
        void exportChart();

        /** Export every chart of the lab. */
        void exportLab();

        /** The shortcuts overlay. */
        void help();
    }

    /** The window's switches the toolbar's toggles follow both ways. */
    record Switches(BooleanProperty formulas, BooleanProperty about, BooleanProperty presentation,
            BooleanProperty dark) {
    }

    private MainToolbar() {
    }

    /** @return the toolbar */
    static ToolBar of(Actions a, Switches s) {
        MenuButton session = new MenuButton("Session", new FontIcon(Material2MZ.SCHOOL));
        session.setId("session-menu");
        session.setTooltip(new Tooltip("Save or open a lesson: every lab's parameters, seeds and the loaded series "
                + "(Ctrl+S, Ctrl+Shift+O)"));
        session.getItems().addAll(item("Save session…  (Ctrl+S)", a::saveSession),
                item("Open session…  (Ctrl+Shift+O)", a::openSession), item("Start a fresh lesson", a::freshLesson),
                new SeparatorMenuItem(), item("Quit  (Ctrl+Q)", a::quit));
        MenuButton presets = new MenuButton("Presets", new FontIcon(Material2MZ.TUNE));
        presets.setId("presets");
        presets.setTooltip(new Tooltip("Textbook AR models for the Data lab, and classic real series (lynx, sunspots, "
                + "Nile, Nottingham temperatures)"));
        for (Preset p : Preset.ALL) {
            presets.getItems().add(item(p.name(), () -> a.preset(p)));
        }
        presets.getItems().add(new SeparatorMenuItem());
        for (ClassicSeries c : ClassicSeries.ALL) {
            presets.getItems().add(item(c.name(), () -> a.classic(c)));
        }
        Button open = button(new Button("Open…"), Material2AL.FOLDER_OPEN, "open-file",
                "Load a series from a CSV or TSV file (Ctrl+O); or drop a file on the window");
        open.setOnAction(e -> a.openFile());
        Button export = button(new Button("Export…"), Material2MZ.SAVE_ALT, "export",
                "Save the lab's main chart — the first one, named in the dialog — as PNG, SVG or PDF (Ctrl+E); "
                        + "right-click any chart to save that one");
        export.setOnAction(e -> a.exportChart());
        Button exportLab = button(new Button("Export lab…"), Material2AL.COLLECTIONS, "export-lab",
                "Save every chart of this lab into a folder (Ctrl+Shift+E)");
        exportLab.setOnAction(e -> a.exportLab());
        ToggleButton formulas = toggle("Formulas", Material2AL.FUNCTIONS, "formulas-toggle",
                "Show or hide the mathematics beside the charts (Ctrl+M)", s.formulas());
        ToggleButton about = toggle("About this lab", Material2AL.INFO, "about",
                "What to try in this lab and what to notice (Ctrl+I)", s.about());
        ToggleButton present = toggle("Presentation", Material2MZ.PRESENT_TO_ALL, "presentation",
                "Larger fonts and lines for a projector (F5)", s.presentation());
        ToggleButton theme = toggle("Dark", Material2MZ.NIGHTS_STAY, "theme",
                "Switch between light and dark themes (Ctrl+D)", s.dark());
        Button help = button(new Button(), Material2AL.HELP_OUTLINE, "help", "Keyboard shortcuts (F1)");
        help.setOnAction(e -> a.help());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label brand = new Label("AR Lab");
        brand.getStyleClass().addAll("title-4", "brand");
        return new ToolBar(brand, open, session, presets, export, exportLab, spacer, formulas, about, present, theme,
                help);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static <B extends ButtonBase> B button(B b, Ikon icon, String id, String tooltip) {
        b.setGraphic(new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }

    private static ToggleButton toggle(String text, Ikon icon, String id, String tooltip, BooleanProperty on) {
        ToggleButton t = button(new ToggleButton(text), icon, id, tooltip);
        t.selectedProperty().bindBidirectional(on);
        return t;
    }
}
