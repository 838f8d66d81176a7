package org.emotionworkbench.dataset;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Converts a decoded image to one luminance channel in [0,1], row-major: ITU-R BT.601 {@code 0.299R + 0.587G + 0.114B}
 * on the colour channels as stored (alpha ignored, no colour management), gray as stored (16-bit gray divided by
 * 65535). Reads rasters row by row instead of calling {@code getRGB} per pixel; only colour spaces other than
 * gray/RGB (e.g. a CMYK image left unconverted) go through {@code getRGB}, which converts them to sRGB.
 */
public final class Luminance {
    static final double WR = 0.299;
    static final double WG = 0.587;
    static final double WB = 0.114;

    private Luminance() {
    }

    public static float[] of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && raster.getDataBuffer() instanceof DataBufferByte db
                && raster.getSampleModel() instanceof ComponentSampleModel sm && sm.getPixelStride() == 1
                && raster.getParent() == null && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0) {
            return byteGray(db.getData(), db.getOffset() + sm.getOffset(0, 0), sm.getScanlineStride(), w, h);
        }
        if (cm instanceof IndexColorModel icm) {
            return indexed(icm, raster, w, h);
        }
        int csType = cm.getColorSpace().getType();
        if (cm instanceof ComponentColorModel && (csType == ColorSpace.TYPE_GRAY || csType == ColorSpace.TYPE_RGB)) {
            return components(cm, raster, w, h, csType == ColorSpace.TYPE_GRAY);
        }
        // Packed RGB (DirectColorModel, e.g. TYPE_INT_RGB from BMP): getRGB on whole rows gives the stored colour.
        // Other colour spaces (CMYK, YCCK left unconverted by a reader): getRGB converts them to sRGB.
        return viaRgb(image, w, h);
    }

    private static float[] byteGray(byte[] data, int offset, int stride, int w, int h) {
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            int src = offset + y * stride;
            int dst = y * w;
            for (int x = 0; x < w; x++) {
                out[dst + x] = unit8(data[src + x] & 0xFF);
            }
        }
        return out;
    }

    private static float[] indexed(IndexColorModel icm, Raster raster, int w, int h) {
        int size = icm.getMapSize();
        float[] lut = new float[size];
        for (int i = 0; i < size; i++) {
            lut[i] = rgb(icm.getRed(i), icm.getGreen(i), icm.getBlue(i));
        }
        float[] out = new float[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            int dst = y * w;
            for (int x = 0; x < w; x++) {
                int idx = row[x];
                out[dst + x] = idx < size ? lut[idx] : 0f;
            }
        }
        return out;
    }

    private static float[] components(ColorModel cm, Raster raster, int w, int h, boolean gray) {
        int bands = raster.getNumBands();
        float[] out = new float[w * h];
        int[] row = new int[w * bands];
        if (gray) {
            double max = (1L << cm.getComponentSize(0)) - 1;
            boolean eight = max == 255;
            for (int y = 0; y < h; y++) {
                raster.getPixels(0, y, w, 1, row);
                int dst = y * w;
                for (int x = 0; x < w; x++) {
                    out[dst + x] = eight ? unit8(row[x * bands]) : (float) (row[x * bands] / max);
                }
            }
            return out;
        }
        double maxR = (1L << cm.getComponentSize(0)) - 1;
        double maxG = (1L << cm.getComponentSize(1)) - 1;
        double maxB = (1L << cm.getComponentSize(2)) - 1;
        boolean eightBit = maxR == 255 && maxG == 255 && maxB == 255;
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            int dst = y * w;
            for (int x = 0, p = 0; x < w; x++, p += bands) {
                out[dst + x] = eightBit
                        ? rgb(row[p], row[p + 1], row[p + 2])
                        : clamp(WR * row[p] / maxR + WG * row[p + 1] / maxG + WB * row[p + 2] / maxB);
            }
        }
        return out;
    }

    private static float[] viaRgb(BufferedImage image, int w, int h) {
        float[] out = new float[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int dst = y * w;
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                out[dst + x] = rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
            }
        }
        return out;
    }

    /** An 8-bit value as a float in [0,1]; the one conversion used everywhere, so caches can store such values as bytes. */
    static float unit8(int v) {
        return (float) (v / 255.0);
    }

    /** BT.601 luminance of 8-bit channels, in [0,1]. */
    static float rgb(int r, int g, int b) {
        return clamp((WR * r + WG * g + WB * b) / 255.0);
    }

    private static float clamp(double v) {
        return (float) (v < 0 ? 0 : (v > 1 ? 1 : v));
    }
}
