package org.emotionworkbench.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;

/** The glossary window's state: every entry, narrowed to those whose term or definition contains the filter text. */
public final class GlossaryViewModel {
    private final StringProperty filter = new SimpleStringProperty("");
    private final FilteredList<Glossary.Entry> shown;

    public GlossaryViewModel(List<Glossary.Entry> entries) {
        shown = new FilteredList<>(FXCollections.observableArrayList(entries));
        filter.addListener((o, a, f) -> shown.setPredicate(e -> matches(e, f)));
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The entries to show, in glossary order. */
    public ObservableList<Glossary.Entry> shown() {
        return shown;
    }

    private static boolean matches(Glossary.Entry e, String filter) {
        String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        return f.isEmpty() || e.term().toLowerCase(Locale.ROOT).contains(f)
                || e.definition().toLowerCase(Locale.ROOT).contains(f);
    }
}
