package org.arlab.app.lab.fit;

import org.arlab.core.session.FitSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.arlab.core.ar.ArFit;
import org.arlab.core.ar.OrderChoice;

/** The Fit lab's choices (method, order or criterion, intercept, forecast horizon) and its latest result. */
public final class FitModel {
    private final ObjectProperty<ArFit.Method> method = new SimpleObjectProperty<>(this, "method",
            FitSettings.DEFAULT.method());
    private final ObjectProperty<OrderChoice> orderMode = new SimpleObjectProperty<>(this, "orderMode",
            FitSettings.DEFAULT.orderMode());
    private final IntegerProperty order = new SimpleIntegerProperty(this, "order", FitSettings.DEFAULT.order());
    private final IntegerProperty maxOrder = new SimpleIntegerProperty(this, "maxOrder",
            FitSettings.DEFAULT.maxOrder());
    private final BooleanProperty intercept = new SimpleBooleanProperty(this, "intercept",
            FitSettings.DEFAULT.intercept());
    private final IntegerProperty horizon = new SimpleIntegerProperty(this, "horizon", FitSettings.DEFAULT.horizon());
    private final ReadOnlyObjectWrapper<FitResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @return the estimation method */
    public ObjectProperty<ArFit.Method> methodProperty() {
        return method;
    }

    /** @return fixed order or selection by a criterion */
    public ObjectProperty<OrderChoice> orderModeProperty() {
        return orderMode;
    }

    /** @return the fixed order */
    public IntegerProperty orderProperty() {
        return order;
    }

    /** @return the largest order compared by AIC/BIC */
    public IntegerProperty maxOrderProperty() {
        return maxOrder;
    }

    /** @return whether the intercept is estimated */
    public BooleanProperty interceptProperty() {
        return intercept;
    }

    /** @return the forecast horizon h */
    public IntegerProperty horizonProperty() {
        return horizon;
    }

    /** @return the choices, for sessions */
    public FitSettings settings() {
        return new FitSettings(method.get(), orderMode.get(), order.get(), maxOrder.get(), intercept.get(),
                horizon.get());
    }

    /** Sets every choice from a session. */
    public void apply(FitSettings s) {
        method.set(s.method());
        orderMode.set(s.orderMode());
        order.set(s.order());
        maxOrder.set(s.maxOrder());
        intercept.set(s.intercept());
        horizon.set(s.horizon());
    }

    /** @return the latest fit */
    public ReadOnlyObjectProperty<FitResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return an error or warning for the user */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void publish(FitResult r) {
        result.set(r);
        message.set("");
    }

    void say(String text) {
        message.set(text);
    }
}
