package org.arlab.app.controls;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;

/** Two-way links between controls and model properties that JavaFX cannot bind directly. */
public final class Sync {
    private Sync() {
    }

    /** Keeps an integer spinner and a property equal, whichever changes (a session sets the property). */
    public static void spinner(Spinner<Integer> spinner, IntegerProperty property) {
        spinner.getValueFactory().setValue(property.get());
        spinner.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != property.get()) {
                property.set(v);
            }
        });
        property.addListener((o, a, v) -> {
            if (!v.equals(spinner.getValue())) {
                spinner.getValueFactory().setValue(v.intValue());
            }
        });
    }

    /**
     * Makes a text field edit a seed: Enter sets the property (a bad number puts the old one back), and the field
     * shows the property whenever it changes.
     */
    public static void seedField(TextField field, LongProperty seed) {
        field.setText(Long.toString(seed.get()));
        field.setOnAction(e -> {
            try {
                seed.set(Long.parseLong(field.getText().trim()));
            } catch (NumberFormatException ex) {
                field.setText(Long.toString(seed.get()));
            }
        });
        seed.addListener((o, a, v) -> field.setText(Long.toString(v.longValue())));
    }
}
