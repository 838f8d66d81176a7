package org.emotionworkbench.dataset;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On-disk cache of preprocessed pixels: one file per dataset root and split, {@code <cacheDir>/<rootName>-<hash>-<split>.pixels}.
 *
 * <p>Format (big-endian): magic {@code EWBPIX01}; preprocessing {@link ImagePreprocessor#VERSION}; absolute root;
 * split; entry count; entries; CRC-32 of everything before it (8 bytes). Strings are int length + UTF-8. An entry is
 * absolute path, file size, modification time (ns), kind, then data: kind 0 = 2304 bytes {@code v}, meaning
 * {@code Luminance.unit8(v)} (used only when every pixel round-trips bit-exactly, e.g. 48×48 8-bit gray sources);
 * kind 1 = 2304 floats, bit-exact; kind 2 = decode failure reason (so a bad file is not re-tried while unchanged).
 *
 * <p>Reading never fails: a missing, truncated, corrupt (CRC mismatch) or foreign-version file reads as empty and is
 * rebuilt. Writing goes to a temp file in the same folder, then an atomic rename; a failed write is logged, not thrown.
 */
final class PixelCache {
    private static final Logger LOG = LoggerFactory.getLogger(PixelCache.class);
    private static final byte[] MAGIC = "EWBPIX01".getBytes(StandardCharsets.US_ASCII);
    private static final byte KIND_BYTES = 0;
    private static final byte KIND_FLOATS = 1;
    private static final byte KIND_FAILED = 2;
    /** unit8(v) for every byte value, so reading byte entries costs a table look-up per pixel. */
    private static final float[] UNIT8 = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            UNIT8[v] = Luminance.unit8(v);
        }
    }

    /** One cached file: its key (path, size, mtime) and either pixels or a failure reason. */
    record Entry(String path, long size, long modifiedNanos, float[] pixels, String failure) {
        Entry {
            if ((pixels == null) == (failure == null)) {
                throw new IllegalArgumentException("an entry has either pixels or a failure reason: " + path);
            }
            if (pixels != null && pixels.length != ImageGeometry.PIXELS) {
                throw new IllegalArgumentException("an entry has " + ImageGeometry.PIXELS + " pixels, got " + pixels.length);
            }
        }

        boolean matches(ImageFile f) {
            return size == f.size() && modifiedNanos == f.modifiedNanos();
        }
    }

    private PixelCache() {
    }

    static Path fileFor(Path cacheDir, Path root, DataSplit split) {
        String abs = root.toAbsolutePath().normalize().toString();
        String name = root.toAbsolutePath().normalize().getFileName() == null ? "root"
                : root.toAbsolutePath().normalize().getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return cacheDir.resolve(name + "-" + hash(abs) + "-" + split.folderName() + ".pixels");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of a cache file keyed by path; empty if the file is missing, corrupt or for other settings. */
    static Map<String, Entry> read(Path file, Path root, DataSplit split) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new HashMap<>();
        } catch (IOException | OutOfMemoryError e) {
            LOG.warn("ignoring unreadable pixel cache {}: {}", file, e.toString());
            return new HashMap<>();
        }
        try {
            return parse(all, root, split);
        } catch (RuntimeException e) {
            LOG.warn("ignoring invalid pixel cache {} ({}); it will be rebuilt", file, e.getMessage());
            return new HashMap<>();
        }
    }

    private static Map<String, Entry> parse(byte[] all, Path root, DataSplit split) {
        if (all.length < MAGIC.length + 8) {
            throw new IllegalStateException("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        ByteBuffer buf = ByteBuffer.wrap(all);
        if (buf.getLong(all.length - 8) != crc.getValue()) {
            throw new IllegalStateException("checksum mismatch");
        }
        buf.limit(all.length - 8);
        for (byte b : MAGIC) {
            if (buf.get() != b) {
                throw new IllegalStateException("not a pixel cache");
            }
        }
        try {
            if (!ImagePreprocessor.VERSION.equals(string(buf))) {
                throw new IllegalStateException("other preprocessing version");
            }
            if (!root.toAbsolutePath().normalize().toString().equals(string(buf)) || !split.folderName().equals(string(buf))) {
                throw new IllegalStateException("other dataset");
            }
            int count = buf.getInt();
            if (count < 0) {
                throw new IllegalStateException("bad entry count");
            }
            Map<String, Entry> entries = new HashMap<>(Math.min(count, 1 << 20) * 2);
            for (int i = 0; i < count; i++) {
                String path = string(buf);
                long size = buf.getLong();
                long mtime = buf.getLong();
                byte kind = buf.get();
                Entry e;
                switch (kind) {
                    case KIND_BYTES -> {
                        float[] px = new float[ImageGeometry.PIXELS];
                        int pos = buf.position();
                        if (buf.remaining() < px.length) {
                            throw new IllegalStateException("truncated");
                        }
                        for (int p = 0; p < px.length; p++) {
                            px[p] = UNIT8[all[pos + p] & 0xFF];
                        }
                        buf.position(pos + px.length);
                        e = new Entry(path, size, mtime, px, null);
                    }
                    case KIND_FLOATS -> {
                        float[] px = new float[ImageGeometry.PIXELS];
                        buf.asFloatBuffer().get(px);
                        buf.position(buf.position() + px.length * Float.BYTES);
                        e = new Entry(path, size, mtime, px, null);
                    }
                    case KIND_FAILED -> e = new Entry(path, size, mtime, null, string(buf));
                    default -> throw new IllegalStateException("bad entry kind " + kind);
                }
                entries.put(path, e);
            }
            if (buf.hasRemaining()) {
                throw new IllegalStateException("trailing bytes");
            }
            return entries;
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("truncated");
        }
    }

    private static String string(ByteBuffer buf) {
        int n = buf.getInt();
        if (n < 0 || n > buf.remaining()) {
            throw new IllegalStateException("bad string length");
        }
        String s = new String(all(buf, n), StandardCharsets.UTF_8);
        return s;
    }

    private static byte[] all(ByteBuffer buf, int n) {
        byte[] b = new byte[n];
        buf.get(b);
        return b;
    }

    /** Writes all entries atomically; returns false (and logs) if the cache could not be written. */
    static boolean write(Path file, Path root, DataSplit split, List<Entry> entries) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            CRC32 crc = new CRC32();
            try (OutputStream fos = Files.newOutputStream(tmp);
                 CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(fos, 1 << 16), crc);
                 DataOutputStream out = new DataOutputStream(checked)) {
                out.write(MAGIC);
                string(out, ImagePreprocessor.VERSION);
                string(out, root.toAbsolutePath().normalize().toString());
                string(out, split.folderName());
                out.writeInt(entries.size());
                byte[] bytes = new byte[ImageGeometry.PIXELS];
                for (Entry e : entries) {
                    string(out, e.path());
                    out.writeLong(e.size());
                    out.writeLong(e.modifiedNanos());
                    if (e.failure() != null) {
                        out.writeByte(KIND_FAILED);
                        string(out, e.failure());
                    } else if (asBytes(e.pixels(), bytes)) {
                        out.writeByte(KIND_BYTES);
                        out.write(bytes);
                    } else {
                        out.writeByte(KIND_FLOATS);
                        for (float v : e.pixels()) {
                            out.writeFloat(v);
                        }
                    }
                }
                out.flush();
                out.writeLong(crc.getValue()); // the CRC is of everything before; these last 8 bytes update it harmlessly
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write pixel cache {}: {}", file, e.toString());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
            return false;
        }
    }

    /** Fills {@code out} with v such that unit8(v) is bit-identical to each pixel; false if any pixel is not such a value. */
    static boolean asBytes(float[] pixels, byte[] out) {
        for (int i = 0; i < pixels.length; i++) {
            float p = pixels[i];
            int v = Math.round(p * 255f);
            if (v < 0 || v > 255 || Float.floatToRawIntBits(Luminance.unit8(v)) != Float.floatToRawIntBits(p)) {
                return false;
            }
            out[i] = (byte) v;
        }
        return true;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
