package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetCounts;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.dataset.manifest.Manifests;
import org.emotionworkbench.dataset.manifest.Selection;
import org.emotionworkbench.dataset.manifest.Shortfall;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Count matching (the engine's {@link Manifests#match}, as {@code dataset match} does it): per class, draw at random
 * (seeded) as many images of the loaded dataset as the reference has, write the manifest into the workspace's
 * {@code datasets/} folder, and list every class where the source falls short.
 */
public final class MatchingViewModel {
    /** The dataset to draw from: its spec and folder options, and a short name. */
    public record Source(String spec, SourceOptions options, String name) {
    }

    /** What a match gave. */
    public record Outcome(Map<Emotion, Integer> reference, Map<Emotion, Integer> source, Selection selection,
                          Path written) {
    }

    public static final List<String> SPLITS = List.of("all", "train", "test");

    private final TaskRunner tasks;
    private final Supplier<Source> source;
    private final Supplier<Path> datasetsDir;
    private final Function<String, SourceOptions> optionsFor;
    private final BiConsumer<String, Throwable> errors;
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty referenceSplit = new SimpleStringProperty("all");
    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringProperty outputName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<MatchRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> shortfalls = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    /**
     * @param source      the loaded dataset to draw from (null when none)
     * @param datasetsDir where manifests are written ({@code <workspace>/datasets})
     */
    public MatchingViewModel(TaskRunner tasks, Supplier<Source> source, Supplier<Path> datasetsDir) {
        this(tasks, source, datasetsDir, spec -> SourceOptions.defaults(), (what, t) -> {
        });
    }

    /**
     * @param optionsFor how to read the reference dataset (a folder's remembered label map, say)
     * @param errors     where a failed match is reported besides the message (the window's Errors list)
     */
    public MatchingViewModel(TaskRunner tasks, Supplier<Source> source, Supplier<Path> datasetsDir,
                             Function<String, SourceOptions> optionsFor, BiConsumer<String, Throwable> errors) {
        this.tasks = tasks;
        this.source = source;
        this.datasetsDir = datasetsDir;
        this.optionsFor = optionsFor;
        this.errors = errors;
    }

    /** Starts a match; null (with a message) when the fields cannot be used. */
    public BackgroundTask<Outcome> run() {
        Source src = source.get();
        if (src == null) {
            message.set("Open a dataset first: it is the source the images are drawn from.");
            return null;
        }
        String ref = reference.get() == null ? "" : reference.get().strip();
        if (ref.isEmpty()) {
            message.set("Enter the reference dataset whose class counts to match (a folder, FER2013 .csv or manifest).");
            return null;
        }
        try {
            DataSources.kind(ref);
        } catch (DatasetException | IllegalArgumentException e) {
            message.set("Reference: " + e.getMessage());
            return null;
        }
        long s;
        try {
            s = Long.parseLong(seed.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            message.set("Seed: enter a whole number, e.g. 42.");
            return null;
        }
        DataSplit[] splits = switch (referenceSplit.get() == null ? "all" : referenceSplit.get()) {
            case "train" -> new DataSplit[]{DataSplit.TRAIN};
            case "test" -> new DataSplit[]{DataSplit.TEST};
            default -> new DataSplit[0];
        };
        String name = outputName.get() == null || outputName.get().isBlank()
                ? defaultName(src.name(), ref, s) : outputName.get().strip();
        Path out = unique(datasetsDir.get(), DatasetOpener.fileName(name));
        message.set("");
        running.set(true);
        long seedValue = s;
        return tasks.submit(BackgroundTask.of("Matching " + src.name() + " to " + Path.of(ref).getFileName(),
                        p -> match(src, ref, optionsFor.apply(ref), splits, seedValue, out))
                .onSuccess(this::show)
                .onFailure(t -> {
                    rows.clear();
                    shortfalls.clear();
                    summary.set("");
                    written.set(null);
                    message.set("Matching failed: " + ErrorLog.describe(t));
                    errors.accept("Matching " + src.name() + " to " + ref, t);
                })
                .onFinally(() -> running.set(false)));
    }

    private static Outcome match(Source src, String ref, SourceOptions refOptions, DataSplit[] splits, long seed,
                                 Path out) throws Exception {
        Map<Emotion, Integer> refCounts = DatasetCounts.of(ref, refOptions).counts(splits);
        Manifest m = DataSources.manifest(src.spec(), src.options());
        Selection sel = Manifests.match(m, refCounts, ref, seed);
        ManifestJson.write(sel.manifest(), out);
        return new Outcome(refCounts, m.counts(), sel, out);
    }

    /** Shows a match's outcome: the per-class table, the shortfalls and a summary. */
    public void show(Outcome o) {
        Map<Emotion, Integer> drawn = o.selection().manifest().counts();
        List<MatchRow> r = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            r.add(new MatchRow(e.label(), o.reference().get(e), o.source().get(e), drawn.get(e)));
        }
        rows.setAll(r);
        shortfalls.setAll(o.selection().shortfalls().stream().map(Shortfall::toString).toList());
        written.set(o.written());
        int total = o.selection().manifest().size();
        if (o.selection().complete()) {
            summary.set(String.format(Locale.ROOT, "Every class matched: %,d images drawn. Wrote %s.", total, o.written()));
        } else {
            int wanted = o.reference().values().stream().mapToInt(Integer::intValue).sum();
            summary.set(String.format(Locale.ROOT, "%d of %d classes are short: %,d of %,d images drawn (all the source "
                            + "has of the short classes). Wrote %s anyway; the shortfalls are listed below.",
                    o.selection().shortfalls().size(), Emotion.COUNT, total, wanted, o.written()));
        }
    }

    static String defaultName(String sourceName, String ref, long seed) {
        String refName = OpenDatasetViewModel.displayName(Path.of(ref));
        return sourceName + "-matched-" + refName + "-s" + seed;
    }

    /** {@code dir/name.json}, or {@code name-2.json}, ... when taken: a match never replaces a file. */
    static Path unique(Path dir, String name) {
        Path p = dir.resolve(name + ".json");
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(name + "-" + i + ".json");
        }
        return p;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    /** all, train or test: which reference split(s) to count. */
    public StringProperty referenceSplitProperty() {
        return referenceSplit;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** File name (without .json) of the manifest; blank for a default one. */
    public StringProperty outputNameProperty() {
        return outputName;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<MatchRow> rows() {
        return rows;
    }

    public ObservableList<String> shortfalls() {
        return shortfalls;
    }

    /** The manifest last written (null before a match). */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
