package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Faces tab: every face of the loaded dataset, filtered by class and split (null = all), with a count line and
 * the selected face. The list holds only references to the loaded samples; images are made by the grid's cells.
 */
public final class FaceGridViewModel {
    private final ObservableList<FaceItem> all = FXCollections.observableArrayList();
    private final FilteredList<FaceItem> shown = new FilteredList<>(all);
    private final ObjectProperty<Emotion> classFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DataSplit> splitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<FaceItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("No faces.");

    public FaceGridViewModel() {
        classFilter.addListener((o, a, b) -> refilter());
        splitFilter.addListener((o, a, b) -> refilter());
    }

    public void show(LoadedDataset ds) {
        List<FaceItem> items = new ArrayList<>();
        if (ds != null) {
            int i = 0;
            for (Sample s : ds.train()) {
                items.add(new FaceItem(i++, s, DataSplit.TRAIN));
            }
            for (Sample s : ds.test()) {
                items.add(new FaceItem(i++, s, DataSplit.TEST));
            }
        }
        selected.set(null);
        all.setAll(items);
        refilter();
    }

    private void refilter() {
        Emotion c = classFilter.get();
        DataSplit s = splitFilter.get();
        shown.setPredicate(f -> (c == null || f.sample().label() == c) && (s == null || f.split() == s));
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
        if (all.isEmpty()) {
            count.set("No faces.");
        } else {
            count.set(String.format(Locale.ROOT, "%,d of %,d faces (%s, %s)", shown.size(), all.size(),
                    c == null ? "all classes" : c.label(), s == null ? "all splits" : s + " split"));
        }
    }

    /** The faces that pass the filters, in dataset order. */
    public ObservableList<FaceItem> shown() {
        return shown;
    }

    public int totalFaces() {
        return all.size();
    }

    public ObjectProperty<Emotion> classFilterProperty() {
        return classFilter;
    }

    public ObjectProperty<DataSplit> splitFilterProperty() {
        return splitFilter;
    }

    public ObjectProperty<FaceItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
