package org.emotionworkbench.sampledata;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.emotionworkbench.dataset.Emotion;

/**
 * Writes a small procedural face data set (see {@link SampleFaceRenderer}) in the usual folder layout:
 * {@code outDir/{train,test}/<class label>/<class label>_<nnnn>.png} (48×48 8-bit gray PNG) plus
 * {@code outDir/README.md} saying how it was made and how to regenerate it.
 *
 * <p>Determinism: image {@code i} of class {@code c} in split {@code s} is rendered from its own generator seeded by
 * mixing (seed, s, c, i), so the same seed and counts give byte-identical files (on the same JDK), and growing a count
 * keeps the earlier images.
 *
 * <p>Safety policy for {@code outDir}:
 * <ul>
 *   <li>missing or empty: created and written;</li>
 *   <li>a previous sample-data output (its {@code README.md} carries {@link #MARKER}): the old images
 *       ({@code <split>/<class>/<class>_<digits>.png} only) are deleted first, then emptied class and split folders,
 *       so no stale image survives a smaller count; nothing else is touched;</li>
 *   <li>any other non-empty folder: refused with an {@link IOException}, unless {@code overwrite} is true, in which
 *       case files are written over same-named ones and NOTHING is deleted.</li>
 * </ul>
 * Nothing outside {@code outDir} is ever written or deleted.
 */
public final class SampleDataGenerator {
    /** The line in README.md that marks a folder as this generator's output. */
    public static final String MARKER = "<!-- emotion-workbench sample-data -->";
    public static final List<String> SPLITS = List.of("train", "test");

    private static final Pattern IMAGE_NAME = Pattern.compile("[a-z]+_\\d{4,}\\.png");

    /** What was written. */
    public record Result(Path outDir, int trainPerClass, int testPerClass, long seed, int imagesWritten) {
    }

    private SampleDataGenerator() {
    }

    /** {@link #generate(Path, int, int, long, boolean)} without overwrite. */
    public static Result generate(Path outDir, int trainPerClass, int testPerClass, long seed) throws IOException {
        return generate(outDir, trainPerClass, testPerClass, seed, false);
    }

    public static Result generate(Path outDir, int trainPerClass, int testPerClass, long seed, boolean overwrite)
            throws IOException {
        if (trainPerClass < 0 || testPerClass < 0 || trainPerClass + testPerClass == 0) {
            throw new IllegalArgumentException("images per class must be >= 0 and not both 0, got train="
                    + trainPerClass + ", test=" + testPerClass);
        }
        if (Math.max(trainPerClass, testPerClass) > 1_000_000) {
            throw new IllegalArgumentException("at most 1,000,000 images per class and split");
        }
        prepare(outDir, overwrite);
        SampleFaceRenderer renderer = new SampleFaceRenderer();
        int written = 0;
        int[] perClass = {trainPerClass, testPerClass};
        for (int s = 0; s < SPLITS.size(); s++) {
            for (Emotion e : Emotion.values()) {
                if (perClass[s] == 0) {
                    continue;
                }
                Path dir = outDir.resolve(SPLITS.get(s)).resolve(e.label());
                Files.createDirectories(dir);
                for (int i = 0; i < perClass[s]; i++) {
                    BufferedImage img = renderer.render(e, new SplittableRandom(imageSeed(seed, s, e.ordinal(), i)));
                    Path file = dir.resolve(String.format("%s_%04d.png", e.label(), i));
                    if (!ImageIO.write(img, "png", file.toFile())) {
                        throw new IOException("no PNG writer available");
                    }
                    written++;
                }
            }
        }
        Files.writeString(outDir.resolve("README.md"), readme(trainPerClass, testPerClass, seed), StandardCharsets.UTF_8);
        return new Result(outDir, trainPerClass, testPerClass, seed, written);
    }

    /** The seed of one image: a SplitMix64-style mix of its coordinates. */
    static long imageSeed(long seed, int split, int classIndex, int index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h + split);
        h = mix(h + classIndex);
        return mix(h + index);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void prepare(Path outDir, boolean overwrite) throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IOException(outDir + " exists and is not a directory");
        }
        if (!Files.exists(outDir) || isEmpty(outDir)) {
            Files.createDirectories(outDir);
            return;
        }
        if (isPreviousOutput(outDir)) {
            deletePreviousImages(outDir);
            return;
        }
        if (!overwrite) {
            throw new IOException(outDir + " is not empty and does not look like a previous sample-data output"
                    + " (no README.md with the sample-data marker); choose an empty or new folder, or overwrite"
                    + " (which writes over same-named files and deletes nothing)");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static boolean isPreviousOutput(Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        return Files.isRegularFile(readme)
                && Files.readString(readme, StandardCharsets.UTF_8).lines().anyMatch(MARKER::equals);
    }

    private static void deletePreviousImages(Path outDir) throws IOException {
        Set<String> labels = Set.copyOf(Emotion.labels());
        for (String split : SPLITS) {
            Path splitDir = outDir.resolve(split);
            if (!Files.isDirectory(splitDir)) {
                continue;
            }
            for (Path classDir : list(splitDir)) {
                if (!Files.isDirectory(classDir) || !labels.contains(classDir.getFileName().toString())) {
                    continue;
                }
                for (Path f : list(classDir)) {
                    if (Files.isRegularFile(f) && IMAGE_NAME.matcher(f.getFileName().toString()).matches()) {
                        Files.delete(f);
                    }
                }
                if (isEmpty(classDir)) {
                    Files.delete(classDir);
                }
            }
            if (isEmpty(splitDir)) {
                Files.delete(splitDir);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    private static String readme(int trainPerClass, int testPerClass, long seed) {
        return MARKER + "\n"
                + "# Emotion Workbench sample data\n\n"
                + "Procedurally drawn 48x48 grayscale cartoon faces, one folder per emotion class ("
                + String.join(", ", Emotion.labels()) + "), in `train/<class>/` and `test/<class>/`.\n"
                + "They are NOT real faces: they exist to try the tool end to end without downloading a data set.\n"
                + "Brows, eyes and mouth follow each emotion's prototype with random intensity and noise, plus random\n"
                + "face position, size, tilt, skin, background, hair and pixel noise, so classes overlap somewhat.\n\n"
                + "- train images per class: " + trainPerClass + "\n"
                + "- test images per class: " + testPerClass + "\n"
                + "- seed: " + seed + "\n\n"
                + "Generated by `org.emotionworkbench.sampledata.SampleDataGenerator`. Regenerate (same seed gives\n"
                + "identical files on the same JDK; this folder's previous images are replaced) with:\n\n"
                + "```\n"
                + "java -jar target/emotion-workbench.jar sample-data --out <this folder> --train-per-class "
                + trainPerClass + " --test-per-class " + testPerClass + " --seed " + seed + "\n"
                + "```\n";
    }
}
