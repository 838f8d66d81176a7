package org.emotionworkbench.dataset.manifest;

import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.DatasetLayout;
import org.emotionworkbench.dataset.IgnoredFiles;
import org.emotionworkbench.dataset.DatasetLoader;
import org.emotionworkbench.dataset.ImageFile;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.ScanResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Turns a manifest into image files and loads them with {@link DatasetLoader} (same decoding, cache, report). */
public final class ManifestLoader {
    private ManifestLoader() {
    }

    /**
     * The files of a manifest with their cache-key attributes.
     *
     * @throws DatasetException if any listed file is missing or not a regular file (all are counted, the first named)
     */
    public static List<ImageFile> files(Manifest m, Path where) {
        List<ImageFile> files = new ArrayList<>(m.size());
        List<String> missing = new ArrayList<>();
        int missingCount = 0;
        for (ManifestEntry e : m.entries()) {
            try {
                BasicFileAttributes a = Files.readAttributes(e.file(), BasicFileAttributes.class);
                if (!a.isRegularFile()) {
                    throw new IOException("not a regular file");
                }
                files.add(new ImageFile(e.file(), e.split(), e.label(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            } catch (IOException ex) {
                missingCount++;
                if (missing.size() < 5) {
                    missing.add(e.file().toString());
                }
            }
        }
        if (missingCount > 0) {
            throw new DatasetException("manifest " + where + " points at " + missingCount + " missing file(s) of "
                    + m.size() + ", e.g. " + String.join(", ", missing) + "; nothing was loaded");
        }
        return files;
    }

    public static LoadedDataset load(Path manifestFile, LoadOptions options, LoadMonitor monitor) {
        Path abs = manifestFile.toAbsolutePath().normalize();
        Manifest m = ManifestJson.readForLoading(abs, options.resolvedBudget());
        if (m.size() == 0) {
            throw new DatasetException("manifest " + abs + " lists no files");
        }
        ScanResult scan = new ScanResult(DatasetLayout.MANIFEST, files(m, abs), List.of(), List.of(), IgnoredFiles.NONE);
        return DatasetLoader.fromScan(abs, scan, options, monitor);
    }
}
