package org.emotionworkbench.dataset;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.imageio.ImageIO;

/**
 * The image file extensions the workbench accepts: every suffix an installed ImageIO reader declares (the JDK's PNG,
 * JPEG, BMP, GIF, WBMP and TIFF readers, and TwelveMonkeys' JPEG reader), lower-case. Files are still decoded by
 * content, not by name; the extension only decides which files of a folder are candidates.
 */
public final class ImageFormats {
    /** Lower-case extensions without the dot, sorted. */
    public static final SortedSet<String> EXTENSIONS = readerSuffixes();

    private ImageFormats() {
    }

    private static SortedSet<String> readerSuffixes() {
        TreeSet<String> suffixes = new TreeSet<>();
        Arrays.stream(ImageIO.getReaderFileSuffixes())
                .map(s -> s.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .filter(s -> !s.isBlank())
                .forEach(suffixes::add);
        return Collections.unmodifiableSortedSet(suffixes);
    }

    /** True for a file name ending in an accepted extension (any case), e.g. {@code face.TIF}. */
    public static boolean isImageName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? file.toString() : name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The extensions for a message: {@code "bmp, gif, jpeg, jpg, png, tif, tiff, wbmp"}. */
    public static String describe() {
        return String.join(", ", EXTENSIONS);
    }

    /** File-chooser patterns, lower and upper case: {@code *.png, *.PNG, ...}. */
    public static List<String> globs() {
        return EXTENSIONS.stream()
                .flatMap(e -> java.util.stream.Stream.of("*." + e, "*." + e.toUpperCase(Locale.ROOT)))
                .toList();
    }
}
