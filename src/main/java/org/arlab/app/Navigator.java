package org.arlab.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.arlab.app.lab.Lab;
import org.arlab.app.lab.LabModule;

/**
 * The lab navigator on the left of the window: one row per lab module, in the order of {@link
 * org.arlab.app.lab.Labs}. A lab is built the first time it is selected; the one shown before is told it is hidden.
 */
final class Navigator {
    private final ListView<LabModule<?, ?>> list = new ListView<>();
    private final Map<LabModule<?, ?>, Lab> built = new HashMap<>();
    private final Function<LabModule<?, ?>, Lab> build;
    private LabModule<?, ?> current;

    /**
     * @param modules the labs in order
     * @param build builds a lab's view the first time it is opened
     * @param shown told of each lab put on screen, with its module
     */
    Navigator(List<LabModule<?, ?>> modules, Function<LabModule<?, ?>, Lab> build,
            BiConsumer<LabModule<?, ?>, Lab> shown) {
        this.build = build;
        list.setId("navigator");
        list.getItems().setAll(modules);
        list.setCellFactory(l -> new LabCell());
        list.setPrefWidth(230);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, module) -> {
            if (module == null) {
                return;
            }
            Lab lab = built.computeIfAbsent(module, build);
            if (current != null && current != module) {
                built.get(current).setShown(false);
            }
            lab.setShown(true);
            current = module;
            shown.accept(module, lab);
        });
    }

    /** @return the pane: a title over the list */
    VBox pane() {
        Label title = new Label("Labs");
        title.getStyleClass().add("title-4");
        VBox box = new VBox(6, title, list);
        box.setPadding(new Insets(10, 0, 10, 10));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /** Selects the lab at that position (0 is the Data lab). */
    void select(int index) {
        list.getSelectionModel().select(index);
    }

    /** Selects the lab {@code by} places from the one on screen, wrapping round the list. */
    void step(int by) {
        int n = list.getItems().size();
        if (n > 0) {
            int at = Math.max(0, list.getSelectionModel().getSelectedIndex());
            list.getSelectionModel().select(Math.floorMod(at + by, n));
        }
    }

    /** @return the lab on screen, or null before the first is shown */
    Lab currentLab() {
        return current == null ? null : built.get(current);
    }

    /** @return the module of the lab on screen, or null */
    LabModule<?, ?> currentModule() {
        return current;
    }

    /** @return the labs built so far */
    java.util.Collection<Lab> built() {
        return built.values();
    }

    /** @return the lab of that title once it has been opened, else null */
    Lab lab(String title) {
        return built.entrySet().stream().filter(e -> e.getKey().title().equals(title)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** A navigator row: the lab's name and its summary. */
    private static final class LabCell extends ListCell<LabModule<?, ?>> {
        @Override
        protected void updateItem(LabModule<?, ?> item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            Label name = new Label(item.title());
            name.getStyleClass().add("lab-name");
            Label summary = new Label(item.summary());
            summary.getStyleClass().addAll("text-small", "text-muted");
            summary.setWrapText(true);
            summary.setPrefWidth(190);
            summary.setMaxWidth(190);
            summary.setMinHeight(Label.USE_PREF_SIZE); // the whole sentence, never "…"
            setGraphic(new VBox(2, name, summary));
            setText(null);
            setId(item.navigatorId());
        }
    }
}
