package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How many images one dataset load may hold, checked before anything is decoded: a folder of a million tiny files is
 * refused with one message instead of filling the memory. Every decoded image keeps {@value #BYTES_PER_IMAGE} bytes of
 * pixels (48 × 48 × 1 channel × 4-byte floats) for as long as the dataset is open, and training copies them once more
 * outside the Java heap, so a load may use at most half of the Java heap for pixels (and never more than
 * {@code maxImages} images, when that is set).
 *
 * @param memoryBytes  the memory the pixels of one dataset may take
 * @param memorySource what that memory is, for the message (e.g. "half of this workbench's 3.9 GB Java heap")
 * @param imageCap     a further limit on the number of images (system property {@value #MAX_IMAGES_PROPERTY}), or 0
 */
public record LoadBudget(long memoryBytes, String memorySource, long imageCap) {
    /** A further limit on the images one load may hold, e.g. {@code -Demotionworkbench.maxImages=200000}. */
    public static final String MAX_IMAGES_PROPERTY = "emotionworkbench.maxImages";
    /** The pixels one decoded image keeps: 48 × 48 × 1 × 4 bytes. */
    public static final long BYTES_PER_IMAGE = (long) ImageGeometry.PIXELS * Float.BYTES;

    public LoadBudget {
        if (memoryBytes < BYTES_PER_IMAGE) {
            throw new IllegalArgumentException("a dataset needs room for at least one image (" + BYTES_PER_IMAGE
                    + " bytes), got " + memoryBytes);
        }
        if (imageCap < 0) {
            throw new IllegalArgumentException("the image cap must be >= 0 (0 = none), got " + imageCap);
        }
        if (memorySource == null || memorySource.isBlank()) {
            throw new IllegalArgumentException("say what the memory budget is");
        }
    }

    /** Half of this JVM's maximum heap, and the {@value #MAX_IMAGES_PROPERTY} cap if that property is set. */
    public static LoadBudget forThisJvm() {
        long heap = Runtime.getRuntime().maxMemory();
        long cap = 0;
        String prop = System.getProperty(MAX_IMAGES_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            try {
                cap = Math.max(0, Long.parseLong(prop.trim().replace("_", "").replace(",", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + MAX_IMAGES_PROPERTY + " must be a number of images, got '"
                        + prop + "'");
            }
        }
        return new LoadBudget(Math.max(BYTES_PER_IMAGE, heap / 2),
                "half of this workbench's " + bytes(heap) + " Java heap", cap);
    }

    /**
     * What one file listed without decoding (a manifest entry: its path, label and split, and the parsed JSON around
     * them while a manifest is read) is reckoned to take: far less than a decoded image, so a manifest of a subset can
     * be written from a folder too large to load.
     */
    public static final long BYTES_PER_LISTED_FILE = 1024;

    /** The most images a load may hold. */
    public long maxImages() {
        long byMemory = memoryBytes / BYTES_PER_IMAGE;
        return imageCap > 0 ? Math.min(imageCap, byMemory) : byMemory;
    }

    /**
     * The most files a manifest (written from a folder, or read from JSON) may list: the same memory at
     * {@value #BYTES_PER_LISTED_FILE} bytes a file. The image cap does not apply: it limits what is decoded.
     */
    public long maxListedFiles() {
        return memoryBytes / BYTES_PER_LISTED_FILE;
    }

    /**
     * @throws DatasetException when a manifest of {@code files} files would not fit: how many, how much memory, what
     *                          is available and what to do
     */
    public void checkListed(long files, Path source) {
        if (files <= maxListedFiles()) {
            return;
        }
        throw new DatasetException(String.format(Locale.ROOT, "%s holds %,d images: even a list of them (no pixels) "
                        + "would need about %s of memory, but this workbench allows %s (%s), room for a list of %,d; "
                        + "nothing was written. List a part of it instead (one of its train/ or test/ folders, or a "
                        + "manifest per class folder), or give Java more memory (-Xmx)",
                source, files, bytes(files * BYTES_PER_LISTED_FILE), bytes(memoryBytes), memorySource,
                maxListedFiles()));
    }

    /** The memory {@code images} decoded images take. */
    public static long bytesFor(long images) {
        return images * BYTES_PER_IMAGE;
    }

    /**
     * @throws DatasetException when {@code images} are more than this budget allows; the message says how many, how
     *                          much memory they would need, what is available and what to do
     */
    public void check(long images, Path source) {
        if (images <= maxImages()) {
            return;
        }
        String limit = imageCap > 0 && imageCap < memoryBytes / BYTES_PER_IMAGE
                ? "the limit is " + String.format(Locale.ROOT, "%,d", imageCap) + " images (-D" + MAX_IMAGES_PROPERTY
                + ")"
                : "this workbench allows " + bytes(memoryBytes) + " (" + memorySource + "), room for "
                + String.format(Locale.ROOT, "%,d", maxImages()) + " images";
        throw new DatasetException(String.format(Locale.ROOT, "%s holds %,d images: decoded to 48×48 they would need "
                        + "%s of memory, but %s; nothing was decoded. Open a part of it instead: write a manifest of a "
                        + "subset ('dataset manifest --data %s --per-class <n> --out subset.json', or 'dataset match' "
                        + "to draw as many as another dataset has) and open that, or give Java more memory (-Xmx)",
                source, images, bytes(bytesFor(images)), limit, source));
    }

    /** A memory size for people: "9.2 GB", "512 MB", "64 KB". */
    public static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%d MB", n >> 20);
        }
        return String.format(Locale.ROOT, "%d KB", Math.max(1, n >> 10));
    }
}
