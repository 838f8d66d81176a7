package org.emotionworkbench.ui;

import org.emotionworkbench.platform.HostileObjects;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The few hostile files the window tests open (to be unified with the shared hostile-file generator): a model.zip
 * carrying the serialized HashSet bomb as {@code preprocessor.bin}, and a tiny PNG whose header claims a huge image.
 */
public final class HostileFixtures {
    private HostileFixtures() {
    }

    /** Adds a {@code preprocessor.bin} entry holding {@link HostileObjects#hashSetBomb()} to the run's model.zip. */
    public static void plantHashSetBomb(Path runDir) throws IOException {
        Path zip = runDir.resolve("model.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        entries.put("preprocessor.bin", HostileObjects.serialized(HostileObjects.hashSetBomb()));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    /** A PNG of under 100 bytes whose header claims {@code side}×{@code side} grey pixels (a decompression bomb). */
    public static byte[] pngClaiming(int side) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(side);
        h.writeInt(side);
        h.write(new byte[]{8, 0, 0, 0, 0});
        chunk(d, "IHDR", ihdr.toByteArray());
        chunk(d, "IDAT", new byte[]{0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
