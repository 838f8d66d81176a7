package org.emotionworkbench.dataset;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the images of a dataset root without decoding them.
 *
 * <ul>
 *   <li>Layout: if the root has a {@code train} or {@code test} folder (any case) it is {@code <root>/{train,test}/<class>/};
 *       otherwise {@code <root>/<class>/} (flat; every image is training data).</li>
 *   <li>Class folders match {@link Emotion#fromName}; any other folder (e.g. {@code contempt}) is reported as skipped
 *       and its files are never used.</li>
 *   <li>Files are found <b>recursively</b> under a class folder (nested subfolders inherit the class), following
 *       symbolic links.</li>
 *   <li>Candidates are files with an extension some ImageIO reader declares ({@link ImageFormats}: PNG, JPEG, BMP,
 *       GIF, TIFF, WBMP; any case). Other files and hidden entries (name starting with '.', e.g. .DS_Store, macOS
 *       "._x.jpg") are ignored and counted, non-image files also named ({@link ScanResult#ignoredNames}). Image files
 *       outside any class folder are listed as skipped.</li>
 *   <li>Order is deterministic: images sorted by path.</li>
 *   <li>Directory entries are streamed (never listed whole inside a class folder); only one small record per accepted
 *       image is kept, and with a limit ({@link #scan(Path, FolderLabels, LoadBudget, LoadMonitor)}) not even that past the
 *       limit: the rest are only counted, and the scan ends with a {@link DatasetException} saying how many there
 *       were. The monitor hears how many images were found so far and can cancel the scan.</li>
 * </ul>
 */
public final class DatasetScanner {
    private DatasetScanner() {
    }

    /** The message used when a root has no class folders. */
    static String expectedLayout(Path root) {
        return "no class folders (" + String.join(", ", Emotion.labels()) + ") under " + root
                + "; expected <root>/{train,test}/<class>/ or <root>/<class>/";
    }

    public static ScanResult scan(Path root) {
        return scan(root, FolderLabels.names());
    }

    /**
     * Scans with the given folder naming (English names, a numeric layout, or a label map).
     *
     * @throws DatasetException if the root is missing, has no class folders, or has numeric class folders and only
     *                          English names were allowed (numbers mean different classes in different datasets)
     */
    public static ScanResult scan(Path root, FolderLabels labels) {
        return scan(root, labels, null, LoadMonitor.NONE);
    }

    /** Files found between two looks at the monitor (progress and cancel). */
    static final int REPORT_EVERY = 1000;

    /**
     * Scans for a load: keeps at most {@link LoadBudget#maxImages()} image records; past that the files are only
     * counted, and the scan ends with the budget's refusal (how many images, how much memory, what to do).
     * {@code null} means no limit.
     *
     * @throws DatasetException       if there are more images than the budget allows
     * @throws LoadCancelledException if the monitor cancelled the scan
     */
    public static ScanResult scan(Path root, FolderLabels labels, LoadBudget budget, LoadMonitor monitor) {
        return budget == null ? scan(root, labels, Long.MAX_VALUE, null, monitor)
                : scan(root, labels, budget.maxImages(), (where, n) -> budget.check(n, where), monitor);
    }

    /**
     * Scans for a manifest (nothing decoded): keeps at most {@link LoadBudget#maxListedFiles()} records, and past that
     * ends with {@link LoadBudget#checkListed}'s refusal.
     */
    public static ScanResult scanForListing(Path root, FolderLabels labels, LoadBudget budget, LoadMonitor monitor) {
        return scan(root, labels, budget.maxListedFiles(), (where, n) -> budget.checkListed(n, where), monitor);
    }

    private static ScanResult scan(Path root, FolderLabels labels, long keepAtMost,
                                   java.util.function.ObjLongConsumer<Path> refuse, LoadMonitor monitor) {
        Path absRoot = root.toAbsolutePath().normalize();
        if (!Files.exists(absRoot)) {
            throw new DatasetException("dataset root not found: " + absRoot
                    + "; expected <root>/{train,test}/<class>/ or <root>/<class>/");
        }
        if (!Files.isDirectory(absRoot)) {
            throw new DatasetException("dataset root is not a folder: " + absRoot);
        }
        Collector c = new Collector(keepAtMost, monitor);
        boolean splitLayout = isSplitLayout(absRoot);
        int classFolders = 0;
        if (splitLayout) {
            try (java.nio.file.DirectoryStream<Path> children = entries(absRoot)) {
                for (Path child : children) {
                    if (hidden(child)) {
                        c.ignored.add(child);
                        continue;
                    }
                    if (!Files.isDirectory(child)) {
                        c.looseFile(child, "not inside a train/ or test/ class folder");
                        continue;
                    }
                    Optional<DataSplit> split = DataSplit.fromFolderName(name(child));
                    if (split.isEmpty()) {
                        c.skippedFolders.add(new Skipped(child, "not a split folder (expected train or test): " + name(child)));
                        continue;
                    }
                    classFolders += scanClassFolders(child, split.get(), labels, c);
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                throw new DatasetException("cannot list dataset folder " + absRoot + ": " + e.getMessage());
            }
        } else {
            classFolders = scanClassFolders(absRoot, DataSplit.TRAIN, labels, c);
        }
        if (labels.isNamesOnly() && c.numericFolders > 0) {
            throw new DatasetException(absRoot + " has " + c.numericFolders + " numeric class folder(s) (e.g. "
                    + c.firstNumeric + "); numbers mean different classes in different datasets, so say which: "
                    + "--layout affectnet (0=neutral 1=happy 2=sad 3=surprise 4=fear 5=disgust 6=angry 7=contempt), "
                    + "--layout fer2013 (0=angry 1=disgust 2=fear 3=happy 4=sad 5=surprise 6=neutral), "
                    + "or --label-map <file.json|csv>");
        }
        if (classFolders == 0) {
            throw new DatasetException(expectedLayout(absRoot));
        }
        if (c.found > c.keepAtMost) {
            refuse.accept(absRoot, c.found); // throws: more than the budget, and only the first ones were kept
        }
        c.images.sort(Comparator.comparing(f -> f.path().toString()));
        c.skippedFiles.sort(Comparator.comparing(s -> s.path().toString()));
        c.skippedFolders.sort(Comparator.comparing(s -> s.path().toString()));
        return new ScanResult(splitLayout ? DatasetLayout.TRAIN_TEST : DatasetLayout.FLAT, c.images, c.skippedFolders,
                c.skippedFiles, c.ignored.result());
    }

    /** Scans the class folders directly under {@code parent}; returns how many matched an emotion. */
    private static int scanClassFolders(Path parent, DataSplit split, FolderLabels labels, Collector c) {
        int matched = 0;
        try (java.nio.file.DirectoryStream<Path> children = entries(parent)) {
            for (Path child : children) {
                if (hidden(child)) {
                    c.ignored.add(child);
                    continue;
                }
                if (!Files.isDirectory(child)) {
                    c.looseFile(child, "not inside a class folder");
                    continue;
                }
                FolderLabels.Resolution r = labels.resolve(name(child));
                if (r instanceof FolderLabels.Label l) {
                    matched++;
                    walk(child, split, l.emotion(), c);
                } else if (r instanceof FolderLabels.Skip s) {
                    c.skippedFolders.add(new Skipped(child, s.reason() + " (" + countImages(child) + " image(s) left out)"));
                } else {
                    if (name(child).matches("\\d+")) {
                        c.numericFolders++;
                        if (c.firstNumeric == null || child.toString().compareTo(c.firstNumeric) < 0) {
                            c.firstNumeric = child.toString();
                        }
                    }
                    c.skippedFolders.add(new Skipped(child, "not an emotion class: " + name(child)
                            + (labels.isNamesOnly() ? "" : " (not in " + labels.description() + ")")));
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            throw new DatasetException("cannot list dataset folder " + parent + ": " + e.getMessage());
        }
        return matched;
    }

    private static void walk(Path classDir, DataSplit split, Emotion label, Collector c) {
        try {
            Files.walkFileTree(classDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(classDir) && hidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file) || !attrs.isRegularFile() || !ImageFormats.isImageName(file)) {
                                c.ignored.add(file);
                            } else if (++c.found <= c.keepAtMost) {
                                c.images.add(new ImageFile(file, split, label, attrs.size(),
                                        attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                            }
                            c.looked();
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (ImageFormats.isImageName(file)) {
                                c.skippedFiles.add(new Skipped(file, "unreadable: " + e.getClass().getSimpleName()));
                            } else {
                                c.skippedFolders.add(new Skipped(file, "unreadable: " + e.getClass().getSimpleName()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            c.skippedFolders.add(new Skipped(classDir, "unreadable: " + e.getMessage()));
        }
    }

    /** Image files under a folder (recursively), for reporting what a skipped folder held. */
    static int countImages(Path dir) {
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return (int) s.filter(p -> !hidden(p) && Files.isRegularFile(p) && ImageFormats.isImageName(p)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** True when a root's entries include a {@code train} or {@code test} folder (any case). */
    static boolean isSplitLayout(List<Path> children) {
        return children.stream().anyMatch(p -> Files.isDirectory(p) && DataSplit.fromFolderName(name(p)).isPresent());
    }

    /** True when a root has a {@code train} or {@code test} folder (any case), read entry by entry. */
    static boolean isSplitLayout(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            return s.anyMatch(p -> Files.isDirectory(p) && DataSplit.fromFolderName(name(p)).isPresent());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DatasetException("cannot list dataset folder " + root + ": " + e.getMessage());
        }
    }

    /**
     * A folder's entries, streamed from the directory (a folder of a million loose files is never held as a list);
     * the order does not matter, since every result is sorted at the end.
     */
    private static java.nio.file.DirectoryStream<Path> entries(Path dir) {
        try {
            return Files.newDirectoryStream(dir);
        } catch (IOException e) {
            throw new DatasetException("cannot list dataset folder " + dir + ": " + e.getMessage());
        }
    }

    static boolean hidden(Path p) {
        return name(p).startsWith(".");
    }

    static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new DatasetException("cannot list dataset folder " + dir + ": " + e.getMessage());
        }
    }

    private static final class Collector {
        final long keepAtMost;
        final LoadMonitor monitor;
        long found;
        long seen;
        final List<ImageFile> images = new ArrayList<>();
        final List<Skipped> skippedFolders = new ArrayList<>();
        final List<Skipped> skippedFiles = new ArrayList<>();
        final IgnoredFiles.Tally ignored = new IgnoredFiles.Tally();
        int numericFolders;
        String firstNumeric;

        Collector(long keepAtMost, LoadMonitor monitor) {
            this.keepAtMost = keepAtMost;
            this.monitor = monitor;
        }

        /** Every {@link #REPORT_EVERY} files: tells the monitor how many images were found, and stops if it cancelled. */
        void looked() {
            if (++seen % REPORT_EVERY == 0) {
                monitor.scanning(found);
                if (monitor.cancelled()) {
                    throw new LoadCancelledException("scan cancelled after " + found + " image file(s)");
                }
            }
        }

        void looseFile(Path file, String reason) {
            if (ImageFormats.isImageName(file)) {
                skippedFiles.add(new Skipped(file, reason));
            } else {
                ignored.add(file);
            }
            looked();
        }
    }

}
