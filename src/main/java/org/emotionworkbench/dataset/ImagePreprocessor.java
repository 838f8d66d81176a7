package org.emotionworkbench.dataset;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns an image file (PNG, JPEG, BMP, GIF, TIFF; any size; gray, 16-bit gray, RGB, RGBA, palette, CMYK JPEG) into the
 * network input: {@link ImageGeometry#PIXELS} BT.601 luminance floats in [0,1] (see {@link Luminance}), resized to
 * {@link ImageGeometry#SIDE}² by {@link Resampler} (area averaging when shrinking, bilinear when enlarging).
 *
 * <p>Non-square images are <b>stretched</b> to 48×48 (no crop, no padding), like Keras' {@code flow_from_directory}
 * default: every source pixel contributes, and square face crops (the normal case) are unaffected.
 *
 * <p>Readers: the JDK's own ({@code com.sun.imageio.*}) readers are tried first (faster than TwelveMonkeys for JPEG);
 * other registered readers (TwelveMonkeys: CMYK/YCCK JPEG) are the fallback. A JDK result in a colour space other
 * than gray/RGB (a CMYK JPEG read raw) is kept only if no other reader gives a gray/RGB image. Only the first image
 * of a multi-image file (animated GIF) is used. Thread-safe: every call uses its own reader.
 */
public final class ImagePreprocessor {
    /** Changes whenever decoding or resampling changes the pixels it produces; part of the disk cache key. */
    public static final String VERSION = "bt601-area-bilinear-stretch-" + ImageGeometry.SIDE + "-v1";

    private static final String JDK_READER_PREFIX = "com.sun.imageio";

    static {
        ImageIO.setUseCache(false);
    }

    private ImagePreprocessor() {
    }

    /** Decodes and preprocesses one file. */
    public static float[] load(Path file) throws DecodeException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DecodeException("file not found", e);
        } catch (IOException e) {
            throw new DecodeException("unreadable file: " + e.getMessage(), e);
        }
        return preprocess(decode(bytes));
    }

    /**
     * The most pixels an image may have (50 megapixels: a 1024×1024 synthetic face has 1, an 8K photo 33). Larger
     * ones are refused from their header, before decoding: a small file can claim 30,000 × 30,000 pixels.
     */
    public static final long MAX_PIXELS = 50_000_000L;

    /** Decodes and preprocesses encoded image bytes. */
    public static float[] load(byte[] encoded) throws DecodeException {
        return preprocess(decode(encoded));
    }

    /** Luminance, then resize to 48×48. */
    public static float[] preprocess(BufferedImage image) {
        float[] lum = Luminance.of(image);
        return Resampler.resize(lum, image.getWidth(), image.getHeight(), ImageGeometry.SIDE, ImageGeometry.SIDE);
    }

    /** Decodes encoded bytes with the preferred reader, falling back to the others. */
    public static BufferedImage decode(byte[] encoded) throws DecodeException {
        if (encoded.length == 0) {
            throw new DecodeException("empty file");
        }
        List<ImageReader> readers = readersFor(encoded);
        if (readers.isEmpty()) {
            throw new DecodeException("not an image (format not recognised)");
        }
        DecodeException firstFailure = null;
        BufferedImage rawFallback = null;
        for (ImageReader reader : readers) {
            try {
                BufferedImage image = read(reader, encoded);
                int cs = image.getColorModel().getColorSpace().getType();
                if (cs == ColorSpace.TYPE_GRAY || cs == ColorSpace.TYPE_RGB) {
                    return image;
                }
                if (rawFallback == null) {
                    rawFallback = image;
                }
            } catch (DecodeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
            } finally {
                reader.dispose();
            }
        }
        if (rawFallback != null) {
            return rawFallback;
        }
        throw firstFailure;
    }

    private static List<ImageReader> readersFor(byte[] encoded) throws DecodeException {
        List<ImageReader> jdk = new ArrayList<>();
        List<ImageReader> others = new ArrayList<>();
        try (ImageInputStream in = stream(encoded)) {
            Iterator<ImageReader> it = ImageIO.getImageReaders(in);
            while (it.hasNext()) {
                ImageReader r = it.next();
                (r.getClass().getName().startsWith(JDK_READER_PREFIX) ? jdk : others).add(r);
            }
        } catch (IOException e) {
            throw new DecodeException("unreadable file: " + e.getMessage(), e);
        }
        jdk.addAll(others);
        return jdk;
    }

    private static ImageInputStream stream(byte[] encoded) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded));
    }

    private static BufferedImage read(ImageReader reader, byte[] encoded) throws DecodeException {
        String format = formatName(reader);
        List<String> warnings = new ArrayList<>();
        IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
        try (ImageInputStream in = stream(encoded)) {
            reader.addIIOReadWarningListener(listener);
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_PIXELS) { // read from the header: a decompression bomb is refused before any pixel
                throw new DecodeException(format + " of " + width + "×" + height + " pixels, more than the "
                        + MAX_PIXELS / 1_000_000 + " megapixels an image may have here (refused without decoding it)");
            }
            BufferedImage image = reader.read(0, reader.getDefaultReadParam());
            for (String w : warnings) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (lw.contains("premature end") || lw.contains("truncated")) {
                    throw new DecodeException("truncated " + format);
                }
            }
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw new DecodeException("corrupt " + format + " (no image)");
            }
            return image;
        } catch (DecodeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DecodeException(reason(format, e), e);
        } finally {
            reader.removeIIOReadWarningListener(listener);
        }
    }

    private static String reason(String format, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return "truncated " + format;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Premature end") || m.toLowerCase(Locale.ROOT).contains("unexpected end"))) {
                return "truncated " + format;
            }
        }
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = e.getClass().getSimpleName();
        }
        if (msg.length() > 120) {
            msg = msg.substring(0, 117) + "...";
        }
        return "corrupt " + format + ": " + msg;
    }

    private static String formatName(ImageReader reader) {
        try {
            String f = reader.getFormatName().toUpperCase(Locale.ROOT);
            return f.equals("JPG") ? "JPEG" : f;
        } catch (IOException e) {
            return "image";
        }
    }
}
