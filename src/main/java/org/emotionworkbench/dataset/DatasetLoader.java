package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a dataset root into preprocessed {@link Sample}s: {@link DatasetScanner scan}, look each file up in the
 * {@link PixelCache disk cache} (by absolute path, size, mtime and {@link ImagePreprocessor#VERSION}), decode the rest
 * on {@link LoadOptions#resolvedThreads()} threads, rewrite the cache if anything changed.
 *
 * <p>A dataset larger than the {@link LoadOptions#resolvedBudget() budget} (half the Java heap for its pixels, or
 * a set image count) is refused before anything is decoded, with a message saying how many images, how much memory
 * and what to do; a folder scan stops keeping records at the budget and only counts the rest.
 *
 * <p>Memory stays bounded: each worker decodes one file at a time and keeps only its 48×48 floats, so at most one
 * full-size image per thread is alive. Samples come out in path order whatever the thread timing. A file that cannot
 * be decoded is reported in {@link LoadReport#skippedFiles()} and never aborts the load.
 */
public final class DatasetLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private DatasetLoader() {
    }

    public static LoadedDataset load(Path root) {
        return load(root, LoadOptions.defaults());
    }

    /**
     * @throws DatasetException if the root is missing, has no class folders, or has no decodable image
     */
    public static LoadedDataset load(Path root, LoadOptions options) {
        return load(root, FolderLabels.names(), options, LoadMonitor.NONE);
    }

    /** Loads a class-folder root whose folder names mean what {@code labels} says, reporting to {@code monitor}. */
    public static LoadedDataset load(Path root, FolderLabels labels, LoadOptions options, LoadMonitor monitor) {
        Path absRoot = root.toAbsolutePath().normalize();
        ScanResult scan = DatasetScanner.scan(absRoot, labels, options.resolvedBudget(), monitor);
        if (scan.images().isEmpty()) {
            throw new DatasetException("no image files (" + ImageFormats.describe()
                    + ") in the class folders under " + absRoot + "; expected <root>/{train,test}/<class>/*.png|jpg or <root>/<class>/*.png|jpg");
        }
        return fromScan(absRoot, scan, options, monitor);
    }

    /**
     * Decodes (or takes from the cache) the images of a scan. {@code key} names the dataset in the cache and the
     * report: the root folder, or the manifest file for a manifest.
     *
     * @throws DatasetException if nothing could be decoded
     * @throws LoadCancelledException if the monitor asked to stop
     */
    public static LoadedDataset fromScan(Path key, ScanResult scan, LoadOptions options, LoadMonitor monitor) {
        Path absRoot = key.toAbsolutePath().normalize();
        if (scan.images().isEmpty()) {
            throw new DatasetException("no images to load from " + absRoot);
        }
        options.resolvedBudget().check(scan.images().size(), absRoot); // before anything is decoded
        List<Skipped> skippedFiles = new ArrayList<>(scan.skippedFiles());
        Map<DataSplit, Map<Emotion, Integer>> counts = new EnumMap<>(DataSplit.class);
        Map<DataSplit, List<Sample>> samples = new EnumMap<>(DataSplit.class);
        int decodedNow = 0;
        int fromCache = 0;
        for (DataSplit split : DataSplit.values()) {
            List<ImageFile> files = scan.images(split);
            SplitResult r = loadSplit(absRoot, split, files, options, monitor);
            decodedNow += r.decodedNow;
            fromCache += r.fromCache;
            skippedFiles.addAll(r.failures);
            samples.put(split, r.samples);
            Map<Emotion, Integer> perClass = new EnumMap<>(Emotion.class);
            for (Sample s : r.samples) {
                perClass.merge(s.label(), 1, Integer::sum);
            }
            counts.put(split, perClass);
        }
        skippedFiles.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        LoadReport report = new LoadReport(absRoot, scan.layout(), counts, skippedFiles, scan.skippedFolders(),
                scan.ignored(), decodedNow, fromCache);
        if (report.totalLoaded() == 0) {
            throw new DatasetException("no decodable images under " + absRoot + ": all " + scan.images().size()
                    + " image file(s) failed, e.g. " + skippedFiles.get(0));
        }
        return new LoadedDataset(absRoot, samples.get(DataSplit.TRAIN), samples.get(DataSplit.TEST), report);
    }

    private record SplitResult(List<Sample> samples, List<Skipped> failures, int decodedNow, int fromCache) {
    }

    private static SplitResult loadSplit(Path root, DataSplit split, List<ImageFile> files, LoadOptions options,
                                         LoadMonitor monitor) {
        if (files.isEmpty()) {
            return new SplitResult(List.of(), List.of(), 0, 0);
        }
        Path cacheFile = options.noCache() ? null : PixelCache.fileFor(options.resolvedCacheDir(), root, split);
        Map<String, PixelCache.Entry> cached = cacheFile == null ? Map.of() : PixelCache.read(cacheFile, root, split);
        PixelCache.Entry[] entries = new PixelCache.Entry[files.size()];
        List<Integer> pending = new ArrayList<>();
        int hits = 0;
        for (int i = 0; i < files.size(); i++) {
            ImageFile f = files.get(i);
            PixelCache.Entry e = cached.get(f.path().toString());
            if (e != null && e.matches(f)) {
                entries[i] = e;
                hits++;
            } else {
                pending.add(i);
            }
        }
        monitor.progress(split.folderName(), hits, files.size());
        boolean complete = decodeAll(split, files, pending, entries, options.resolvedThreads(), hits, monitor);
        if (cacheFile != null && (!pending.isEmpty() || hits != cached.size())) {
            List<PixelCache.Entry> done = new ArrayList<>(entries.length);
            for (PixelCache.Entry e : entries) {
                if (e != null) {
                    done.add(e);
                }
            }
            PixelCache.write(cacheFile, root, split, done);
        }
        if (!complete) {
            throw new LoadCancelledException("load of " + root + " cancelled; images decoded so far are cached");
        }
        List<Sample> samples = new ArrayList<>(files.size());
        List<Skipped> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ImageFile f = files.get(i);
            PixelCache.Entry e = entries[i];
            if (e.failure() != null) {
                failures.add(new Skipped(f.path(), e.failure()));
            } else {
                samples.add(new Sample(f.path().toString(), f.label(), e.pixels()));
            }
        }
        return new SplitResult(samples, failures, pending.size(), hits);
    }

    /** Decodes the pending files; false if the monitor cancelled (some entries then stay null). */
    private static boolean decodeAll(DataSplit split, List<ImageFile> files, List<Integer> pending,
                                     PixelCache.Entry[] entries, int threads, int alreadyDone, LoadMonitor monitor) {
        if (pending.isEmpty()) {
            return true;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger(alreadyDone);
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable worker = () -> {
            int k;
            while ((k = next.getAndIncrement()) < pending.size()) {
                if (stopped.get() || monitor.cancelled()) {
                    stopped.set(true);
                    return;
                }
                int i = pending.get(k);
                ImageFile f = files.get(i);
                String key = f.path().toString();
                try {
                    entries[i] = new PixelCache.Entry(key, f.size(), f.modifiedNanos(), ImagePreprocessor.load(f.path()), null);
                } catch (DecodeException e) {
                    entries[i] = new PixelCache.Entry(key, f.size(), f.modifiedNanos(), null, e.getMessage());
                } catch (RuntimeException | OutOfMemoryError e) {
                    LOG.debug("decoding {} failed", key, e);
                    entries[i] = new PixelCache.Entry(key, f.size(), f.modifiedNanos(), null,
                            "decoder error: " + e.getClass().getSimpleName());
                }
                monitor.progress(split.folderName(), done.incrementAndGet(), files.size());
            }
        };
        int n = Math.min(threads, pending.size());
        List<Thread> pool = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            Thread th = new Thread(worker, "dataset-decode-" + t);
            th.setDaemon(true);
            th.start();
            pool.add(th);
        }
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatasetException("dataset load interrupted");
            }
        }
        return !stopped.get();
    }
}
