package org.emotionworkbench.ui.datasets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadReport;
import org.emotionworkbench.dataset.LoadedDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Overview tab: a one-line summary of the loaded dataset (layout, counts per split, skipped items, the classes
 * it has no image of), its load
 * report, and the class chart's series: one per split of the loaded dataset, then one per split of each dataset added
 * to the comparison; counts or percent of each series' total.
 */
public final class OverviewViewModel {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No dataset loaded.");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final BooleanProperty percent = new SimpleBooleanProperty(false);
    private final ObservableList<ComparisonEntry> comparisons = FXCollections.observableArrayList();
    private final ObservableList<ClassCountSeries> series = FXCollections.observableArrayList();
    private DatasetCounts counts;

    public OverviewViewModel() {
        percent.addListener((o, a, b) -> rebuild());
        comparisons.addListener((ListChangeListener<ComparisonEntry>) c -> rebuild());
    }

    /** Shows a loaded dataset under a short name. */
    public void show(LoadedDataset ds, String datasetName) {
        if (ds == null) {
            counts = null;
            name.set("");
            summary.set("No dataset loaded.");
            report.set("");
            rebuild();
            return;
        }
        LoadReport r = ds.report();
        counts = DatasetCounts.of(r);
        name.set(datasetName);
        summary.set(summaryOf(r));
        report.set(r.toText());
        rebuild();
    }

    /** Renames the loaded dataset's series (when the user's name for it is known only after loading). */
    public void rename(String datasetName) {
        name.set(datasetName);
        rebuild();
    }

    static String summaryOf(LoadReport r) {
        StringBuilder sb = new StringBuilder("Layout: ").append(r.layout().description());
        for (DataSplit s : DataSplit.values()) {
            if (r.total(s) > 0 || s == DataSplit.TRAIN) {
                sb.append(String.format(Locale.ROOT, " · %s %,d", s, r.total(s)));
            }
        }
        sb.append(String.format(Locale.ROOT, " · skipped: %,d file(s), %,d folder(s)", r.skippedFiles().size(),
                r.skippedFolders().size()));
        String lacking = lacking(DatasetCounts.of(r));
        if (!lacking.isEmpty()) {
            sb.append(" · ").append(lacking);
        }
        return sb.toString();
    }

    /** The classes a dataset has no image of, e.g. "no disgust, fear"; empty when it has all seven. */
    static String lacking(DatasetCounts c) {
        List<Emotion> absent = c.absentClasses();
        if (absent.isEmpty()) {
            return "";
        }
        return absent.size() == Emotion.COUNT ? "no images"
                : "no " + absent.stream().map(Emotion::label).collect(Collectors.joining(", "));
    }

    public void addComparison(ComparisonEntry e) {
        for (int i = 0; i < comparisons.size(); i++) {
            if (comparisons.get(i).spec().equals(e.spec())) {
                // the same dataset again: its counts are refreshed in place, never listed twice
                comparisons.set(i, new ComparisonEntry(comparisons.get(i).name(), e.spec(), e.counts()));
                return;
            }
        }
        String base = e.name();
        String n = base;
        for (int i = 2; nameTaken(n); i++) {
            n = base + " (" + i + ")";
        }
        comparisons.add(n.equals(base) ? e : new ComparisonEntry(n, e.spec(), e.counts()));
    }

    private boolean nameTaken(String n) {
        return n.equals(name.get()) || comparisons.stream().anyMatch(c -> c.name().equals(n));
    }

    private void rebuild() {
        List<ClassCountSeries> out = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        if (counts != null) {
            used.add(name.get());
            add(out, name.get(), counts);
        }
        for (ComparisonEntry c : comparisons) {
            String n = c.name();
            for (int i = 2; !used.add(n); i++) {
                n = c.name() + " (" + i + ")";
            }
            add(out, n, c.counts());
        }
        series.setAll(out);
    }

    private void add(List<ClassCountSeries> out, String datasetName, DatasetCounts c) {
        for (DataSplit s : DataSplit.values()) {
            if (c.total(s) > 0 || (s == DataSplit.TRAIN && c.total() == 0)) {
                out.add(ClassCountSeries.of(datasetName + " · " + s, c.counts(s), percent.get()));
            }
        }
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Show each series as percent of its total (helps when dataset sizes differ). */
    public BooleanProperty percentProperty() {
        return percent;
    }

    public ObservableList<ComparisonEntry> comparisons() {
        return comparisons;
    }

    public ObservableList<ClassCountSeries> series() {
        return series;
    }
}
