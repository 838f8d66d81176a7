package org.emotionworkbench.platform;

import org.bytedeco.javacpp.Pointer;

import java.util.function.LongSupplier;

/**
 * Keeps native memory that nothing references any more from piling up during training.
 * <p>
 * ND4J frees an array's native buffer only when the garbage collector finds its small Java wrapper. Arrays a layer
 * allocates outside DL4J's workspaces therefore become native garbage that the collector has no reason to look for: the
 * Java heap hardly fills, so the wrappers sit in the old generation while the native buffers behind them add up.
 * Fine-tuning an imported Keras graph (channels-last, DL4J's own batch-norm code, depthwise convolutions) grew to
 * 7.6 GB resident in 9 epochs and 22 GB in 15 without this guard, 3.7 GB with it (docs/BENCHMARKS.md, "Peak memory of
 * graph fine-tuning"); JFR's allocation samples put the arrays made outside workspaces in DL4J's batch-norm, updater
 * (regularisation), convolution and dropout code. The guard is on for every network; for one that leaves no such
 * garbage it only reads the resident size once per batch.
 * <p>
 * The guard is asked after every batch. When the resident size has grown by more than {@code slack} above the level
 * measured after the last collection, it asks for one collection; once the freed buffers have been returned (the next
 * check at least {@code settleNanos} later), that level becomes the new base. A network whose memory really grows
 * raises the base with it, so the guard never collects again and again for memory that is in use. A check costs one
 * read of the resident size.
 */
public final class NativeGarbageGuard {
    /** {@code -Demotionworkbench.nativeGarbageGuard=false} turns the guard off (for A/B measurements). */
    public static final String PROPERTY = "emotionworkbench.nativeGarbageGuard";
    /** Growth above the base that triggers a collection, unless the constructor is given another. */
    public static final long DEFAULT_SLACK = 1L << 30;
    private static final long SETTLE_NANOS = 1_000_000_000L;

    private final LongSupplier residentBytes;
    private final Runnable collect;
    private final LongSupplier clock;
    private final long slack;
    private final long settleNanos;
    private long base = -1;
    private long collectedAt = -1;
    private int collections;

    public NativeGarbageGuard(LongSupplier residentBytes, Runnable collect, LongSupplier clock, long slack,
                              long settleNanos) {
        if (slack <= 0 || settleNanos < 0) {
            throw new IllegalArgumentException("slack must be positive and settle time non-negative");
        }
        this.residentBytes = residentBytes;
        this.collect = collect;
        this.clock = clock;
        this.slack = slack;
        this.settleNanos = settleNanos;
    }

    /**
     * A guard on this process's resident memory that asks the JVM for a collection; one that never does when
     * {@value #PROPERTY} is {@code false}.
     */
    public static NativeGarbageGuard forThisProcess() {
        boolean on = Boolean.parseBoolean(System.getProperty(PROPERTY, "true"));
        return new NativeGarbageGuard(on ? Pointer::physicalBytes : () -> 0L, System::gc, System::nanoTime,
                DEFAULT_SLACK, SETTLE_NANOS);
    }

    /** Call after each batch; returns whether it asked for a collection. */
    public boolean check() {
        long resident = residentBytes.getAsLong();
        if (resident <= 0) {
            return false; // the platform does not tell
        }
        if (collectedAt >= 0) {
            if (clock.getAsLong() - collectedAt < settleNanos) {
                return false;
            }
            base = resident;
            collectedAt = -1;
            return false;
        }
        if (base < 0) {
            base = resident;
            return false;
        }
        if (resident - base <= slack) {
            return false;
        }
        collect.run();
        collections++;
        collectedAt = clock.getAsLong();
        return true;
    }

    /** How many collections the guard has asked for. */
    public int collections() {
        return collections;
    }
}
