package org.emotionworkbench.dataset;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes small test images with ImageIO. */
public final class TestImages {
    private TestImages() {
    }

    /** A w×h image of the given type filled with one RGB colour. */
    static BufferedImage filled(int w, int h, int type, int rgb) {
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    /** An 8-bit gray image with value (x + y) % 256. */
    static BufferedImage grayRamp(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setSample(x, y, 0, (x * 3 + y * 5) % 256);
            }
        }
        return img;
    }

    /** A 2-entry palette image: left half colour a, right half colour b. */
    static BufferedImage indexed(int w, int h, int a, int b) {
        byte[] rs = {(byte) (a >> 16), (byte) (b >> 16)};
        byte[] gs = {(byte) (a >> 8), (byte) (b >> 8)};
        byte[] bs = {(byte) a, (byte) b};
        IndexColorModel icm = new IndexColorModel(8, 2, rs, gs, bs);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, icm);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, x < w / 2 ? 0 : 1);
            }
        }
        return img;
    }

    static Path write(BufferedImage img, String format, Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(img, format, file.toFile())) {
                throw new IllegalStateException("no " + format + " writer for type " + img.getType());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, bos)) {
                throw new IllegalStateException("no " + format + " writer for type " + img.getType());
            }
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An Adobe-style CMYK JPEG (4 components, APP14 "Adobe" marker with transform 0, inverted values as Photoshop
     * stores them): the JDK writer encodes the 4-band raster, then an APP14 segment is inserted after SOI.
     * Left half: no ink (white); right half: full black ink (K).
     */
    static byte[] cmykJpeg(int w, int h) {
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setPixel(x, y, new int[] {255, 255, 255, x < w / 2 ? 255 : 0});
            }
        }
        ImageWriter writer = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio")) {
                writer = candidate;
            }
        }
        if (writer == null) {
            throw new IllegalStateException("no JDK JPEG writer");
        }
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(r, null, null), null);
            } finally {
                writer.dispose();
            }
            byte[] plain = bos.toByteArray();
            byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
            byte[] out = new byte[plain.length + app14.length];
            System.arraycopy(plain, 0, out, 0, 2);
            System.arraycopy(app14, 0, out, 2, app14.length);
            System.arraycopy(plain, 2, out, 2 + app14.length, plain.length - 2);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
