package org.emotionworkbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a test: a probe of a hostile dataset, a folder holding a million zero-byte {@code .png} files in one class
 * folder. It times a scan cancelled after two seconds, then the scan and refusal under this JVM's {@link LoadBudget}
 * (the call the window and the CLI make), then a scan without a budget for comparison, and prints the peak resident
 * memory after each (VmHWM). Given a folder that exists, it uses it as it is; otherwise it creates the files first and
 * deletes them at the end. Recorded in docs/BENCHMARKS.md, "Hostile inputs".
 *
 * <pre>java -Xmx4g -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" \
 *     org.emotionworkbench.dataset.HostileDatasetProbe [folder] [files]</pre>
 */
public final class HostileDatasetProbe {
    private HostileDatasetProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/ewb-hostile-million");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        boolean made = !Files.exists(root);
        try {
            if (made) {
                Path dir = Files.createDirectories(root.resolve("happy"));
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    Files.createFile(dir.resolve(String.format(Locale.ROOT, "%07d.png", i)));
                }
                System.out.printf(Locale.ROOT, "created %,d zero-byte .png files in %.1f s%n", n, secs(t0));
            }
            System.out.printf(Locale.ROOT, "max heap %,d MB; budget: %s; peak RSS so far: %s%n",
                    Runtime.getRuntime().maxMemory() >> 20, LoadBudget.forThisJvm(), peakRss());

            long start = System.nanoTime();
            long[] cancelledAt = {0};
            LoadMonitor cancelAfterTwoSeconds = new LoadMonitor() {
                @Override
                public boolean cancelled() {
                    if (cancelledAt[0] == 0 && System.nanoTime() - start > 2_000_000_000L) {
                        cancelledAt[0] = System.nanoTime();
                    }
                    return cancelledAt[0] != 0;
                }
            };
            try {
                DatasetLoader.load(root, FolderLabels.names(), LoadOptions.defaults().withoutCache(), cancelAfterTwoSeconds);
                System.out.println("NOT cancelled");
            } catch (LoadCancelledException e) {
                System.out.printf(Locale.ROOT, "cancel: stopped %.3f s after the monitor first said cancel (%s)%n",
                        secs(cancelledAt[0]), e.getMessage());
            }

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
            if (made) {
                long t3 = System.nanoTime();
                try (Stream<Path> s = Files.walk(root)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
                System.out.printf(Locale.ROOT, "deleted %s in %.1f s (exists now: %s)%n", root, secs(t3),
                        Files.exists(root));
            }
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
