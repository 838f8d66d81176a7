package org.emotionworkbench.dataset;

import org.emotionworkbench.dataset.labels.LabelsCsv;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.dataset.manifest.ManifestLoader;
import org.emotionworkbench.dataset.manifest.Manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point for "a dataset" given as text: a folder root (class folders, with {@link SourceOptions} for
 * numeric layouts, label maps, or a labels CSV for an unlabelled folder), a FER2013 CSV file ({@code *.csv}) or a
 * manifest ({@code *.json}).
 */
public final class DataSources {
    public enum Kind { FOLDER, FER2013_CSV, MANIFEST }

    private DataSources() {
    }

    /** What kind of source {@code spec} names. */
    public static Kind kind(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("a dataset is required: a folder, a FER2013 .csv or a manifest .json");
        }
        Path p = Path.of(spec);
        if (Files.isDirectory(p)) {
            return Kind.FOLDER;
        }
        if (Fer2013Csv.isCsv(p)) {
            return Kind.FER2013_CSV;
        }
        if (ManifestJson.isManifest(p)) {
            return Kind.MANIFEST;
        }
        if (!Files.exists(p)) {
            throw new DatasetException("dataset not found: " + p.toAbsolutePath().normalize()
                    + "; expected a folder, a FER2013 .csv or a manifest .json");
        }
        throw new DatasetException(p.toAbsolutePath().normalize() + " is neither a folder, a FER2013 .csv nor a manifest .json");
    }

    public static LoadedDataset load(String spec, LoadOptions options) {
        return load(spec, SourceOptions.defaults(), options, LoadMonitor.NONE);
    }

    public static LoadedDataset load(String spec, SourceOptions source, LoadOptions options, LoadMonitor monitor) {
        Kind kind = kind(spec);
        Path p = Path.of(spec);
        if (kind != Kind.FOLDER && !source.isDefault()) {
            throw new IllegalArgumentException("--layout, --label-map and --labels apply to folders only, not to " + p);
        }
        return switch (kind) {
            case FER2013_CSV -> Fer2013Csv.load(p, options.resolvedBudget());
            case MANIFEST -> ManifestLoader.load(p, options, monitor);
            case FOLDER -> source.labels() != null
                    ? fromManifest(p, manifest(spec, source), options, monitor)
                    : DatasetLoader.load(p, source.folderLabels(), options, monitor);
        };
    }

    /**
     * The files of a file-based source as a manifest (no decoding).
     *
     * @throws DatasetException for a FER2013 CSV (it holds pixels, not files: export it first)
     */
    public static Manifest manifest(String spec, SourceOptions source) {
        return manifest(spec, source, LoadBudget.forThisJvm());
    }

    /**
     * As {@link #manifest(String, SourceOptions)}, listing at most {@link LoadBudget#maxListedFiles()} files.
     *
     * @throws DatasetException also for a folder or manifest with more files than that
     */
    public static Manifest manifest(String spec, SourceOptions source, LoadBudget budget) {
        Path p = Path.of(spec);
        return switch (kind(spec)) {
            case MANIFEST -> ManifestJson.read(p, budget);
            case FER2013_CSV -> throw new DatasetException(p + " is a FER2013 CSV: it holds pixels, not image files; "
                    + "write it out first with 'dataset export --data " + p + " --out <dir>'");
            case FOLDER -> source.labels() != null
                    ? LabelsCsv.toManifest(LabelsCsv.read(requireFile(source.labels())), p, source.labels())
                    : Manifests.fromFolder(p, source.folderLabels(), budget);
        };
    }

    private static Path requireFile(Path labels) {
        if (!Files.isRegularFile(labels)) {
            throw new DatasetException("labels CSV not found: " + labels.toAbsolutePath().normalize());
        }
        return labels;
    }

    private static LoadedDataset fromManifest(Path key, Manifest m, LoadOptions options, LoadMonitor monitor) {
        if (m.size() == 0) {
            throw new DatasetException("no usable labels for " + key + " (every row unlabelled or awaiting review)");
        }
        ScanResult scan = new ScanResult(DatasetLayout.MANIFEST, ManifestLoader.files(m, key), List.of(), List.of(), IgnoredFiles.NONE);
        return DatasetLoader.fromScan(key, scan, options, monitor);
    }
}
