package org.emotionworkbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test: a probe of a hostile dataset, a folder holding a million zero-byte {@code .png} files in one class
 * folder. It times the scan and its refusal under this JVM's {@link LoadBudget} (the same call the window and the CLI
 * make), then a scan without a budget for comparison, prints the peak resident memory after each (VmHWM), and
 * deletes the files. Recorded in docs/BENCHMARKS.md, "Hostile inputs":
 *
 * <pre>java -Xmx4g -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" \
 *     org.emotionworkbench.dataset.HostileDatasetProbe [files] [folder]</pre>
 */
public final class HostileDatasetProbe {
    private HostileDatasetProbe() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path root = Path.of(args.length > 1 ? args[1] : "/tmp/ewb-hostile-million");
        if (Files.exists(root)) {
            throw new IllegalStateException(root + " exists; give another folder");
        }
        try {
            Path dir = Files.createDirectories(root.resolve("happy"));
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Files.createFile(dir.resolve(String.format(Locale.ROOT, "%07d.png", i)));
            }
            System.out.printf(Locale.ROOT, "created %,d zero-byte .png files in %.1f s%n", n, secs(t0));
            System.out.printf(Locale.ROOT, "max heap %,d MB; budget: %s%n", Runtime.getRuntime().maxMemory() >> 20,
                    LoadBudget.forThisJvm());
            System.out.printf(Locale.ROOT, "peak RSS before scanning: %s%n", peakRss());

            long t1 = System.nanoTime();
            try {
                DatasetLoader.load(root, LoadOptions.defaults().withoutCache());
                System.out.println("NOT refused");
            } catch (DatasetException e) {
                System.out.printf(Locale.ROOT, "refused after %.1f s: %s%n", secs(t1), e.getMessage());
            }
            System.out.printf(Locale.ROOT, "peak RSS after the budgeted scan: %s%n", peakRss());

            long t2 = System.nanoTime();
            ScanResult all = DatasetScanner.scan(root, FolderLabels.names());
            System.out.printf(Locale.ROOT, "for comparison, a scan without a budget kept %,d records in %.1f s; "
                    + "peak RSS now %s%n", all.images().size(), secs(t2), peakRss());
        } finally {
            long t3 = System.nanoTime();
            try (Stream<Path> s = Files.walk(root)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            System.out.printf(Locale.ROOT, "deleted %s in %.1f s (exists now: %s)%n", root, secs(t3), Files.exists(root));
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("unknown");
    }
}
