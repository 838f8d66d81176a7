package org.emotionworkbench.ui.compare;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tooltip;
import org.emotionworkbench.ui.common.Glossary;

/** The tooltip of a metric chooser: the glossary's definitions of the chosen metric's terms. */
final class MetricTooltip {
    private MetricTooltip() {
    }

    static Tooltip following(ObservableValue<Metric> metric) {
        Tooltip tip = Glossary.tooltip(metric.getValue().glossaryTerms());
        tip.textProperty().bind(metric.map(m -> Glossary.tooltipText(m.glossaryTerms())));
        return tip;
    }
}
