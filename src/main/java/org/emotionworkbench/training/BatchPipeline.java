package org.emotionworkbench.training;

import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prepares training batches on a background thread, a few ahead of the network: per epoch a seeded shuffle and,
 * when given, a seeded random transform per sample (fresh each epoch, identical for the same seed). Batches are
 * written into a small ring of pre-allocated arrays that the consumer hands back, so no native memory is
 * allocated per batch.
 *
 * <p>Batches are laid out as the model takes them ({@link InputSpec}: the 48×48 samples resized, scaled and repeated
 * on every channel; the workbench's own 48×48×1 networks get the pixels as they are) with one-hot labels in the model's
 * {@link ClassOrder}; every sample's emotion must have an output (the trainer leaves the others out first).
 */
final class BatchPipeline implements AutoCloseable {
    static final int AHEAD = 3;

    /** A batch ready for the network; hand it back with {@link #release(Batch)} once used. */
    static final class Batch {
        final INDArray features;
        final INDArray labels;
        final float[] featureBuffer;
        final float[] labelBuffer;
        final int size;
        final boolean last;

        private Batch(int size, boolean last, InputSpec input, int classes) {
            this.size = size;
            this.last = last;
            this.features = Nd4j.create(DataType.FLOAT, input.shape(size));
            this.labels = Nd4j.create(DataType.FLOAT, size, classes);
            this.featureBuffer = new float[size * input.valuesPerImage()];
            this.labelBuffer = new float[size * classes];
        }
    }

    private static final Batch END = null;

    private final List<Sample> samples;
    private final int batchSize;
    private final SampleTransform transform;
    private final long seed;
    private final InputSpec input;
    private final ClassOrder classes;
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(AHEAD);
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(AHEAD + 1);
    private final Batch tail;
    private final List<Batch> allBatches = new java.util.ArrayList<>();
    private final ExecutorService producer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "batch-pipeline");
        t.setDaemon(true);
        return t;
    });
    private Future<?> running;

    BatchPipeline(List<Sample> samples, int batchSize, SampleTransform transform, long seed) {
        this(samples, batchSize, transform, seed, InputSpec.NATIVE, ClassOrder.canonical());
    }

    BatchPipeline(List<Sample> samples, int batchSize, SampleTransform transform, long seed, InputSpec input,
                  ClassOrder classes) {
        this.samples = samples;
        this.input = input;
        this.classes = classes;
        this.batchSize = Math.min(batchSize, samples.size());
        this.transform = transform;
        this.seed = seed;
        for (int i = 0; i < AHEAD; i++) {
            Batch b = new Batch(this.batchSize, false, input, classes.size());
            allBatches.add(b);
            free.add(b);
        }
        int remainder = samples.size() % this.batchSize;
        this.tail = remainder == 0 ? null : new Batch(remainder, true, input, classes.size());
        if (tail != null) {
            allBatches.add(tail);
        }
    }

    int batchesPerEpoch() {
        return (samples.size() + batchSize - 1) / batchSize;
    }

    /** Starts producing the given epoch's batches (1-based epoch). */
    void startEpoch(int epoch) {
        running = producer.submit(() -> produce(epoch));
    }

    /** The next batch of the current epoch, or null when the epoch is over. */
    Batch next() throws InterruptedException {
        Object item = ready.take();
        if (item instanceof Throwable t) {
            throw new IllegalStateException("preparing a training batch failed: " + t.getMessage(), t);
        }
        return item == Marker.END_OF_EPOCH ? END : (Batch) item;
    }

    void release(Batch batch) {
        if (!batch.last) {
            free.add(batch);
        }
    }

    private enum Marker { END_OF_EPOCH }

    private void produce(int epoch) {
        try {
            SplittableRandom order = new SplittableRandom(mix(seed, epoch));
            SplittableRandom augmentRng = order.split();
            int[] idx = new int[samples.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            for (int i = idx.length - 1; i > 0; i--) {
                int j = order.nextInt(i + 1);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            float[] scratch = new float[ImageGeometry.PIXELS];
            boolean asIs = input.equals(InputSpec.NATIVE);
            int width = classes.size();
            for (int from = 0; from < idx.length; from += batchSize) {
                int n = Math.min(batchSize, idx.length - from);
                Batch b = n == batchSize ? free.take() : tail;
                for (int k = 0; k < n; k++) {
                    Sample s = samples.get(idx[from + k]);
                    float[] src = s.pixels();
                    if (transform != null) {
                        transform.apply(src, scratch, augmentRng);
                        src = scratch;
                    }
                    if (asIs) {
                        System.arraycopy(src, 0, b.featureBuffer, k * ImageGeometry.PIXELS, ImageGeometry.PIXELS);
                    } else {
                        input.fill(src, b.featureBuffer, k);
                    }
                    int base = k * width;
                    java.util.Arrays.fill(b.labelBuffer, base, base + width, 0f);
                    b.labelBuffer[base + classes.indexOf(s.label())] = 1f;
                }
                b.features.data().setData(b.featureBuffer);
                b.labels.data().setData(b.labelBuffer);
                ready.put(b);
            }
            ready.put(Marker.END_OF_EPOCH);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            ready.offer(e);
        }
    }

    static long mix(long seed, int epoch) {
        long z = seed + 0x9E3779B97F4A7C15L * (epoch + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void close() {
        if (running != null) {
            running.cancel(true);
        }
        producer.shutdownNow();
        try {
            if (!producer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                return; // still writing into the arrays: leave them to the garbage collector
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (Batch b : allBatches) {
            b.features.close();
            b.labels.close();
        }
    }
}
