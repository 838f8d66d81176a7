package org.emotionworkbench.platform;

import org.bytedeco.javacpp.Pointer;

/**
 * What this process holds in memory at one moment: its resident size (what the operating system counts), the Java
 * heap in use, and the native memory JavaCPP (and so ND4J) has allocated and not yet freed.
 */
public record MemoryUse(long residentBytes, long heapUsedBytes, long javacppBytes) {
    public MemoryUse {
        if (residentBytes < 0 || heapUsedBytes < 0 || javacppBytes < 0) {
            throw new IllegalArgumentException("memory sizes are never negative");
        }
    }

    /**
     * Measures now, after asking for one collection first, so the numbers show what is still referenced rather than
     * garbage waiting for the collector (ND4J frees a native buffer only when its Java wrapper is collected).
     */
    public static MemoryUse afterCollection() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new MemoryUse(Math.max(0, Pointer.physicalBytes()), rt.totalMemory() - rt.freeMemory(),
                Math.max(0, Pointer.totalBytes()));
    }

    /** e.g. {@code resident 812 MiB, heap 95 MiB, JavaCPP 40 MiB}. */
    public String describe() {
        return "resident " + mb(residentBytes) + " MiB, heap " + mb(heapUsedBytes) + " MiB, JavaCPP "
                + mb(javacppBytes) + " MiB";
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
