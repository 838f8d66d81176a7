package org.emotionworkbench.dataset.labels;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.DatasetLayout;
import org.emotionworkbench.dataset.IgnoredFiles;
import org.emotionworkbench.dataset.DatasetLoader;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageFormats;
import org.emotionworkbench.dataset.ImageFile;
import org.emotionworkbench.dataset.LoadBudget;
import org.emotionworkbench.dataset.LoadCancelledException;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.ScanResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A folder of images without class folders (SFHQ style), searched recursively, as files to label. The loader needs a
 * class for every file: each gets {@link #PLACEHOLDER}, which means nothing (labels come from a labels CSV).
 */
public final class UnlabelledFolder {
    /** The class every unlabelled image carries in the loaded dataset; not a label. */
    public static final Emotion PLACEHOLDER = Emotion.NEUTRAL;

    private UnlabelledFolder() {
    }

    /**
     * The image files under {@code dir} (hidden files left out), sorted by path.
     *
     * @throws DatasetException if the folder is missing or holds no image
     */
    public static List<ImageFile> list(Path dir) {
        return list(dir, null, LoadMonitor.NONE);
    }

    /**
     * As {@link #list(Path)}, streamed: at most {@link LoadBudget#maxImages()} records are kept (past that the files
     * are only counted and the budget refuses them all); every thousand entries the monitor hears how many images were
     * found and may cancel. A {@code null} budget means no limit.
     *
     * @throws DatasetException       if the folder is missing, holds no image, or holds more than the budget allows
     * @throws LoadCancelledException if the monitor cancelled
     */
    public static List<ImageFile> list(Path dir, LoadBudget budget, LoadMonitor monitor) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new DatasetException("images folder not found: " + abs);
        }
        long keep = budget == null ? Long.MAX_VALUE : budget.maxImages();
        long found = 0;
        long seen = 0;
        List<ImageFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(abs, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (++seen % REPORT_EVERY == 0) {
                    monitor.scanning(found);
                    if (monitor.cancelled()) {
                        throw new LoadCancelledException("listing " + abs + " cancelled after " + found + " image file(s)");
                    }
                }
                if (ImageFormats.isImageName(p) && !p.getFileName().toString().startsWith(".")) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile() && ++found <= keep) {
                        files.add(new ImageFile(p, DataSplit.TRAIN, PLACEHOLDER, a.size(),
                                a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetException("cannot list images under " + abs + ": " + e.getMessage());
        }
        if (found > keep) {
            budget.check(found, abs); // throws
        }
        if (files.isEmpty()) {
            throw new DatasetException("no image files under " + abs);
        }
        files.sort(Comparator.comparing(f -> f.path().toString()));
        return files;
    }

    /** Entries between two looks at the monitor. */
    static final int REPORT_EVERY = 1000;

    /** Decodes (or takes from the cache) every image under {@code dir}; all are training samples of {@link #PLACEHOLDER}. */
    public static LoadedDataset load(Path dir, LoadOptions options, LoadMonitor monitor) {
        Path abs = dir.toAbsolutePath().normalize();
        ScanResult scan = new ScanResult(DatasetLayout.FLAT, list(abs, options.resolvedBudget(), monitor), List.of(),
                List.of(), IgnoredFiles.NONE);
        return DatasetLoader.fromScan(abs, scan, options, monitor);
    }

    /** The name a labels CSV uses for an image: its path relative to the images folder. */
    public static String relativeName(Path imagesDir, String source) {
        return imagesDir.toAbsolutePath().normalize().relativize(Path.of(source)).toString();
    }
}
