package org.emotionworkbench.run;

import org.emotionworkbench.dataset.Sample;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A content fingerprint of the data a model saw: SHA-256 over every sample's label and exact pixel values, in
 * order. Independent of where the files lie; changes when any image, label, the order or the preprocessing does.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(List<Sample> samples) {
        MessageDigest sha = sha256();
        ByteBuffer buf = ByteBuffer.allocate(4 * 48 * 48);
        for (Sample s : samples) {
            sha.update(s.label().label().getBytes(StandardCharsets.UTF_8));
            buf.clear();
            for (float p : s.pixels()) {
                buf.putFloat(p);
            }
            sha.update(buf.array(), 0, buf.position());
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
