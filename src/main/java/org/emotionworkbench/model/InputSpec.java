package org.emotionworkbench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Resampler;
import org.emotionworkbench.dataset.Sample;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Locale;

/**
 * What a model takes as input: height × width × channels, the tensor layout (channels first, NCHW, as the workbench's
 * own networks; or channels last, NHWC, as Keras models imported by DL4J) and the {@link PixelScaling}. The
 * workbench's 48×48 grey samples are resized to the model's size (bilinear when growing, area-averaged when
 * shrinking), the grey value is repeated on every channel, and scaled.
 */
public record InputSpec(int height, int width, int channels, boolean channelsLast, PixelScaling scaling) {
    /** The workbench's own networks: 48×48×1, NCHW, pixels in [0, 1]. */
    public static final InputSpec NATIVE = new InputSpec(ImageGeometry.SIDE, ImageGeometry.SIDE, 1, false,
            PixelScaling.UNIT);

    /** Sizes beyond this are refused: no face model needs them, and a batch would not fit in memory. */
    public static final int MAX_SIDE = 1024;

    @JsonCreator
    public InputSpec(@JsonProperty("height") int height, @JsonProperty("width") int width,
                     @JsonProperty("channels") int channels, @JsonProperty("channelsLast") boolean channelsLast,
                     @JsonProperty("scaling") PixelScaling scaling) {
        if (height < 8 || width < 8 || height > MAX_SIDE || width > MAX_SIDE) {
            throw new IllegalArgumentException("the 48×48 faces cannot be resized to a model input of " + height + "×"
                    + width + " (each side must be 8 to " + MAX_SIDE + " pixels)");
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("a face model takes 1 (grey) or 3 (RGB) channels, this one " + channels);
        }
        if (scaling == null || !scaling.fits(channels)) {
            throw new IllegalArgumentException("the pixel scaling " + scaling + " does not fit " + channels
                    + " channel(s): give one mean/std, or one per channel");
        }
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.channelsLast = channelsLast;
        this.scaling = scaling;
    }

    /**
     * "64x64x1" (H×W×C).
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static int[] parseSize(String text) {
        String[] p = text.trim().toLowerCase(Locale.ROOT).split("[x×]");
        if (p.length != 3) {
            throw new IllegalArgumentException("an input size is HxWxC, e.g. 64x64x1, got '" + text + "'");
        }
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                out[i] = Integer.parseInt(p[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("an input size is HxWxC, e.g. 64x64x1, got '" + text + "'");
            }
        }
        return out;
    }

    public int valuesPerImage() {
        return height * width * channels;
    }

    /** The shape of a batch of {@code n} images. */
    public long[] shape(int n) {
        return channelsLast ? new long[]{n, height, width, channels} : new long[]{n, channels, height, width};
    }

    /** Writes one 48×48 sample (pixels in [0, 1]) as the model's input into {@code into} at image {@code row}. */
    public void fill(float[] pixels, float[] into, int row) {
        float[] sized = height == ImageGeometry.SIDE && width == ImageGeometry.SIDE ? pixels
                : Resampler.resize(pixels, ImageGeometry.SIDE, ImageGeometry.SIDE, width, height);
        int base = row * valuesPerImage();
        int plane = height * width;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < channels; c++) {
                float v = scaling.apply(sized[i], c);
                into[base + (channelsLast ? i * channels + c : c * plane + i)] = v;
            }
        }
    }

    /**
     * The transpose of {@link #fill} for image {@code row}: given the gradient of something with respect to the model's
     * input batch (flat, in this spec's layout), its gradient with respect to the 48×48 pixels in [0, 1] (summed over
     * the replicated channels, times each channel's 255/std, taken back through the resize).
     */
    public float[] pixelGradient(float[] inputGradient, int row) {
        int plane = height * width;
        int base = row * valuesPerImage();
        if (inputGradient.length < base + valuesPerImage()) {
            throw new IllegalArgumentException("the gradient holds no image " + row);
        }
        float[] sized = new float[plane];
        for (int i = 0; i < plane; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += inputGradient[base + (channelsLast ? i * channels + c : c * plane + i)] * scaling.slope(c);
            }
            sized[i] = (float) sum;
        }
        return height == ImageGeometry.SIDE && width == ImageGeometry.SIDE ? sized
                : Resampler.resizeTranspose(sized, ImageGeometry.SIDE, ImageGeometry.SIDE, width, height);
    }

    /** Samples {@code [from, to)} as one input batch. */
    public INDArray features(List<Sample> samples, int from, int to) {
        float[] buf = new float[(to - from) * valuesPerImage()];
        for (int i = from; i < to; i++) {
            fill(samples.get(i).pixels(), buf, i - from);
        }
        return Nd4j.create(buf, shape(to - from), DataType.FLOAT);
    }

    /** One 48×48 image as a batch of one. */
    public INDArray features(float[] pixels) {
        float[] buf = new float[valuesPerImage()];
        fill(pixels, buf, 0);
        return Nd4j.create(buf, shape(1), DataType.FLOAT);
    }

    /** "64×64×1, channels last, pixels in [-1, 1]". */
    public String describe() {
        return height + "×" + width + "×" + channels + ", channels " + (channelsLast ? "last" : "first")
                + ", pixels " + scaling.describe();
    }
}
