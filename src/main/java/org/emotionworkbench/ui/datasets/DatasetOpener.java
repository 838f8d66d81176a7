package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.LoadMonitors;
import org.emotionworkbench.ui.common.TaskProgress;
import org.emotionworkbench.ui.workspace.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens a dataset (folder, FER2013 CSV or manifest) in the background with progress and cancel, and makes it the
 * context's dataset. A failed or cancelled load leaves the previous dataset in place; a cancel is not an error.
 *
 * <p>A folder opened with non-default {@link SourceOptions} (layout, label map, labels CSV) is also written as a
 * manifest into {@code <workspace>/datasets/}, and the context's dataset spec becomes that manifest (with default
 * source options), so training can load it as it is; {@link Opened#spec()} keeps what the user asked for.
 */
public final class DatasetOpener {
    /** Where derived manifests go, under the workspace root. */
    public static final String DATASETS_FOLDER = "datasets";

    /**
     * What an open gave: the dataset, the spec and options the user gave, and the spec training uses (the same spec,
     * or a manifest in the workspace).
     */
    public record Opened(LoadedDataset dataset, String spec, SourceOptions source, String trainingSpec) {
        public boolean viaManifest() {
            return !trainingSpec.equals(spec);
        }
    }

    private final WorkbenchContext context;

    public DatasetOpener(WorkbenchContext context) {
        this.context = context;
    }

    public BackgroundTask<Opened> open(Path spec, SourceOptions source, Consumer<LoadedDataset> then) {
        return open(spec, source, o -> then.accept(o.dataset()),
                t -> context.errors().report("Opening " + spec.toAbsolutePath().normalize(), t), () -> {
                });
    }

    /** Opens {@code spec}; exactly one of {@code then}, {@code failed}, {@code cancelled} runs, on the UI executor. */
    public BackgroundTask<Opened> open(Path spec, SourceOptions source, Consumer<Opened> then,
                                       Consumer<Throwable> failed, Runnable cancelled) {
        String s = spec.toAbsolutePath().normalize().toString();
        Workspace workspace = context.workspace();
        return context.tasks().submit(BackgroundTask.of("Loading " + spec.getFileName(),
                        p -> load(s, source, workspace, p))
                .onSuccess(o -> {
                    context.datasetSourceProperty().set(o.viaManifest() ? SourceOptions.defaults() : source);
                    context.datasetSpecProperty().set(o.trainingSpec());
                    context.datasetProperty().set(o.dataset());
                    context.rememberDataset(o.trainingSpec());
                    then.accept(o);
                })
                .onFailure(failed)
                .onCancelled(cancelled));
    }

    private Opened load(String spec, SourceOptions source, Workspace workspace, TaskProgress p) {
        LoadedDataset ds = DataSources.load(spec, source, context.loadOptions(), LoadMonitors.of(p));
        if (source.isDefault()) {
            return new Opened(ds, spec, source, spec);
        }
        p.update(-1, "writing a manifest for training");
        return new Opened(ds, spec, source, writeDerivedManifest(workspace, spec, source).toString());
    }

    /**
     * Writes the manifest of folder {@code spec} read with {@code source} (layout, label map or labels CSV) into the
     * workspace and returns its path: a spec the engine reads without options.
     */
    public static Path writeDerivedManifest(Workspace workspace, String spec, SourceOptions source) {
        Path manifest = derivedManifest(workspace, Path.of(spec), source);
        try {
            ManifestJson.write(DataSources.manifest(spec, source), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest " + manifest, e);
        }
        return manifest;
    }

    /**
     * {@code <workspace>/datasets/<layout|map|labels>-<name>-<hash>/<folder>.json}: one file per folder and options
     * (the hash of both absolute paths keeps two folders of the same name apart).
     */
    static Path derivedManifest(Workspace workspace, Path folder, SourceOptions source) {
        Path abs = folder.toAbsolutePath().normalize();
        String how;
        String key;
        if (source.layout() != null) {
            how = "layout-" + source.layout();
            key = source.layout();
        } else if (source.labelMap() != null) {
            how = "map-" + stem(source.labelMap());
            key = source.labelMap().toAbsolutePath().normalize().toString();
        } else {
            how = "labels-" + stem(source.labels());
            key = source.labels().toAbsolutePath().normalize().toString();
        }
        String hash = String.format("%08x", (abs + "|" + key).hashCode());
        // the file is named after the dataset alone, so runs trained on it are labelled by it ("sd-faces · tiny ·
        // s1"); its folder keeps two folders of the same name and two ways of reading one folder apart
        return workspace.root().resolve(DATASETS_FOLDER).resolve(fileName(how + "-" + hash))
                .resolve(fileName(OpenDatasetViewModel.displayName(abs)) + ".json");
    }

    /** A safe file name: letters, digits, dot, dash and underscore. */
    static String fileName(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return clean.isEmpty() ? "dataset" : clean;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT);
    }

    /** Bridges the loader's per-file progress to the task's progress and cancel flag. */

}
