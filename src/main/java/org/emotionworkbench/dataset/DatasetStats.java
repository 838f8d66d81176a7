package org.emotionworkbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * What {@code dataset inspect} shows beyond counts: source image size and mode histograms (read from file headers,
 * no decoding), mean/std intensity of the preprocessed pixels per class and split, and problems worth a look.
 */
public record DatasetStats(Map<String, Integer> sizes, Map<String, Integer> modes,
                           Map<DataSplit, Map<Emotion, double[]>> intensity, List<String> problems) {

    public static DatasetStats of(LoadedDataset ds) {
        Map<String, Integer> sizes = new ConcurrentHashMap<>();
        Map<String, Integer> modes = new ConcurrentHashMap<>();
        List<Sample> all = new ArrayList<>(ds.train());
        all.addAll(ds.test());
        all.parallelStream().forEach(s -> {
            String[] sm = header(s.source());
            sizes.merge(sm[0], 1, Integer::sum);
            modes.merge(sm[1], 1, Integer::sum);
        });
        Map<DataSplit, Map<Emotion, double[]>> intensity = new TreeMap<>();
        for (DataSplit split : DataSplit.values()) {
            Map<Emotion, double[]> perClass = new TreeMap<>();
            for (Emotion e : Emotion.values()) {
                double sum = 0;
                double sq = 0;
                long n = 0;
                for (Sample s : split == DataSplit.TRAIN ? ds.train() : ds.test()) {
                    if (s.label() == e) {
                        for (float p : s.pixels()) {
                            sum += p;
                            sq += (double) p * p;
                        }
                        n += s.pixels().length;
                    }
                }
                if (n > 0) {
                    double mean = sum / n;
                    perClass.put(e, new double[]{mean, Math.sqrt(Math.max(0, sq / n - mean * mean))});
                }
            }
            intensity.put(split, perClass);
        }
        return new DatasetStats(new TreeMap<>(sizes), new TreeMap<>(modes), intensity, problems(ds.report()));
    }

    static List<String> problems(LoadReport r) {
        List<String> p = new ArrayList<>();
        for (DataSplit split : DataSplit.values()) {
            int total = r.total(split);
            if (total == 0) {
                continue;
            }
            int max = 0;
            int min = Integer.MAX_VALUE;
            for (Emotion e : Emotion.values()) {
                int n = r.count(split, e);
                if (n == 0) {
                    p.add(split + ": no " + e + " images");
                }
                max = Math.max(max, n);
                min = Math.min(min, n);
            }
            if (min > 0 && max / (double) min >= 5) {
                p.add(String.format(Locale.ROOT, "%s: classes imbalanced %d:%d (largest:smallest); consider --balance", split, max, min));
            }
        }
        if (!r.skippedFiles().isEmpty()) {
            p.add(r.skippedFiles().size() + " file(s) skipped (listed above)");
        }
        if (!r.skippedFolders().isEmpty()) {
            p.add(r.skippedFolders().size() + " folder(s) skipped (listed above)");
        }
        return p;
    }

    /** {size, mode} of an image file from its header; CSV rows are 48x48 gray. */
    private static String[] header(String source) {
        if (source.contains("#line")) {
            return new String[]{"48x48", "gray"};
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(Files.newInputStream(Path.of(source)))) {
            Iterator<ImageReader> it = ImageIO.getImageReaders(in);
            if (!it.hasNext()) {
                return new String[]{"unknown", "unknown"};
            }
            ImageReader r = it.next();
            try {
                r.setInput(in, true, true);
                String size = r.getWidth(0) + "x" + r.getHeight(0);
                ImageTypeSpecifier t = r.getRawImageType(0);
                String mode = "unknown";
                if (t != null) {
                    var cm = t.getColorModel();
                    if (cm instanceof java.awt.image.IndexColorModel) {
                        mode = "palette";
                    } else {
                        int comps = cm.getNumComponents();
                        mode = switch (comps) {
                            case 1 -> "gray";
                            case 2 -> "gray+alpha";
                            case 3 -> "rgb";
                            case 4 -> cm.hasAlpha() ? "rgba" : "cmyk";
                            default -> comps + " channels";
                        };
                    }
                }
                return new String[]{size, mode + " " + r.getFormatName().toLowerCase(Locale.ROOT)};
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new String[]{"unreadable", "unreadable"};
        }
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("  image sizes:\n");
        sizes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(10)
                .forEach(e -> sb.append(String.format(Locale.ROOT, "    %-12s %8d%n", e.getKey(), e.getValue())));
        if (sizes.size() > 10) {
            sb.append("    ... ").append(sizes.size() - 10).append(" more sizes\n");
        }
        sb.append("  image modes:\n");
        modes.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-12s %8d%n", k, v)));
        sb.append("  intensity of the 48x48 input (mean ± std):\n");
        intensity.forEach((split, perClass) -> perClass.forEach((e, ms) ->
                sb.append(String.format(Locale.ROOT, "    %-5s %-9s %.4f ± %.4f%n", split, e, ms[0], ms[1]))));
        if (problems.isEmpty()) {
            sb.append("  problems: none\n");
        } else {
            sb.append("  problems:\n");
            problems.forEach(p -> sb.append("    - ").append(p).append('\n'));
        }
        return sb.toString();
    }
}
