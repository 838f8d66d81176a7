package org.emotionworkbench.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.run.ConfigDiff;
import org.emotionworkbench.run.RunConfig;

import java.util.List;

/**
 * The config differences of the compared runs (the engine's {@link ConfigDiff} of their config.json): the keys
 * whose values differ, or all keys when {@link #showAllProperty()} is on; the runs in column order.
 */
public final class ConfigDiffModel {
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final ObservableList<String> runs = FXCollections.observableArrayList();
    private final ObservableList<ConfigDiff.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private ConfigDiff diff = ConfigDiff.of(List.of(), List.of());

    ConfigDiffModel() {
        showAll.addListener((o, a, b) -> showRows());
        summary.set("Select runs to see how their configurations differ.");
    }

    void show(List<RunRow> selected) {
        List<String> names = selected.stream().map(RunRow::name).toList();
        List<RunConfig> configs = selected.stream().map(RunRow::config).toList();
        diff = ConfigDiff.of(names, configs);
        runs.setAll(names);
        showRows();
    }

    private void showRows() {
        rows.setAll(showAll.get() ? diff.rows() : diff.differing());
        int differing = diff.differing().size();
        if (diff.runs().isEmpty()) {
            summary.set("Select runs to see how their configurations differ.");
        } else if (diff.runs().size() == 1) {
            summary.set("One run selected: " + diff.rows().size() + " settings (select another to see differences).");
        } else if (differing == 0) {
            summary.set("No setting differs between the " + diff.runs().size() + " runs (of " + diff.rows().size()
                    + " keys" + (showAll.get() ? "" : "; tick \"Show all keys\" to see them") + ").");
        } else {
            summary.set(differing + " of " + diff.rows().size() + " settings differ (highlighted).");
        }
    }

    /** Whether every key is listed, not only the differing ones. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ObservableList<String> runs() {
        return runs;
    }

    public ObservableList<ConfigDiff.Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ConfigDiff diff() {
        return diff;
    }
}
