package org.emotionworkbench.platform;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.model.ModelZip;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunFolderFixture;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes files someone else might hand a workbench user, built to hurt it: model zips that carry Java-serialized
 * objects (the HashSet bomb of issue 14, an object of a class outside the deserialization allow-list), truncated,
 * oversized or self-contradicting zips, NaN and infinite weights, a tiny PNG claiming 30,000 × 30,000 pixels, study
 * specs and study folders that would write outside their folder, a corrupt settings file and a .h5 file that is not
 * HDF5. Each {@link Item} says how a user opens it and which words the refusal must contain. For the CLI and window
 * tests alike.
 */
public final class HostileFileCorpus {
    /** How a user opens the file. */
    public enum Kind {
        /** A run folder (config.json and a hostile model.zip): {@code evaluate --run}, {@code gradcam --run}. */
        RUN_FOLDER,
        /** A class-folder dataset whose one image is hostile: {@code gradcam --images}, the Datasets screen. */
        IMAGE_FOLDER,
        /** A study spec file: {@code study run --spec}. */
        STUDY_SPEC,
        /** A study folder handed over with a symbolic link inside; {@link #STUDY_SPEC_IN_FOLDER} is its spec. */
        STUDY_FOLDER,
        /** A Keras model file: {@code import --keras}. */
        KERAS_FILE,
        /** The window's settings.json (no CLI command reads it). */
        SETTINGS_FILE
    }

    /** One hostile file: {@code problem} is what the refusal must name. */
    public record Item(String name, Kind kind, Path path, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The spec file inside a {@link Kind#STUDY_FOLDER} item. */
    public static final String STUDY_SPEC_IN_FOLDER = "spec.json";
    /** The folder, beside the items, that symbolic links in the corpus point to; nothing may ever be written there. */
    public static final String OUTSIDE = "outside";
    /** A well-formed run (an untrained tiny model), for opening hostile data with a sound model. */
    public static final String GOOD_RUN = "good-run";

    private HostileFileCorpus() {
    }

    /** Writes the corpus into {@code dir} (created if needed); returns its items. */
    public static List<Item> write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(OUTSIDE));
        List<Item> items = new ArrayList<>();
        MultiLayerNetwork tiny = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(1));
        Path good = runFolder(dir.resolve(GOOD_RUN));
        ModelSerializer.writeModel(tiny, good.resolve(RunFolder.MODEL).toFile(), false);
        Path goodZip = good.resolve(RunFolder.MODEL);

        items.add(run(dir, "serialization-bomb", rewriteZip(goodZip, Map.of("preprocessor.bin",
                HostileObjects.serialized(HostileObjects.hashSetBomb()))), "preprocessor.bin"));
        items.add(run(dir, "gadget-object", rewriteZip(goodZip, Map.of("normalizer.bin",
                HostileObjects.serialized(HostileObjects.gadget()))), "normalizer.bin"));
        byte[] all = Files.readAllBytes(goodZip);
        items.add(run(dir, "truncated-zip", Arrays.copyOf(all, all.length / 2), "not a DL4J model zip"));
        items.add(run(dir, "oversized-zip", rewriteZip(goodZip, Map.of(ModelZip.CONFIGURATION,
                " ".repeat(17 << 20).getBytes(StandardCharsets.US_ASCII))), "more than the"));
        items.add(run(dir, "shape-mismatch", rewriteZip(goodZip, Map.of(ModelZip.COEFFICIENTS,
                ndArray(10))), "does not match its own configuration"));
        items.add(run(dir, "huge-array-header", rewriteZip(goodZip, Map.of(ModelZip.COEFFICIENTS,
                arrayHeaderClaiming(3_000_000_000L))), "3000000000"));
        items.add(run(dir, "nan-weights", weights(tiny, Float.NaN), "NaN"));
        items.add(run(dir, "infinite-weights", weights(tiny, Float.POSITIVE_INFINITY), "Infinity"));

        Path images = Files.createDirectories(dir.resolve("decompression-bomb").resolve("happy"));
        Files.write(images.resolve("bomb.png"), pngClaiming(30_000));
        items.add(new Item("decompression-bomb-png", Kind.IMAGE_FOLDER, images.getParent(), "30000×30000"));

        Path spec = Files.createDirectories(dir.resolve("escaping-spec")).resolve("study.json");
        Files.writeString(spec, studySpec("../../evil"));
        items.add(new Item("escaping-study-spec", Kind.STUDY_SPEC, spec, "'../../evil'"));
        Path absolute = Files.createDirectories(dir.resolve("absolute-spec")).resolve("study.json");
        Files.writeString(absolute, studySpec(dir.resolve(OUTSIDE).toAbsolutePath().toString()));
        items.add(new Item("absolute-path-study-spec", Kind.STUDY_SPEC, absolute, "is an absolute path"));
        Path study = Files.createDirectories(dir.resolve("symlinked-study"));
        Files.writeString(study.resolve(STUDY_SPEC_IN_FOLDER), studySpec("a"));
        Files.createSymbolicLink(study.resolve("runs"), dir.resolve(OUTSIDE).toAbsolutePath());
        items.add(new Item("symlinked-study-folder", Kind.STUDY_FOLDER, study, "symbolic link"));

        Path keras = Files.createDirectories(dir.resolve("not-hdf5")).resolve("model.h5");
        Files.writeString(keras, "this is not an HDF5 file, whatever its name says\n".repeat(20));
        items.add(new Item("not-hdf5-keras-file", Kind.KERAS_FILE, keras, "HDF5"));

        Path settings = Files.createDirectories(dir.resolve("corrupt-settings")).resolve("settings.json");
        Files.writeString(settings, "{\"workspace\": \"/tmp\", \"lastDataset\": [unterminated");
        items.add(new Item("corrupt-settings", Kind.SETTINGS_FILE, settings, "settings.json"));
        return items;
    }

    /** A copy of {@code zip} with entries replaced or added, as bytes. */
    public static byte[] rewriteZip(Path zip, Map<String, byte[]> changes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        entries.putAll(changes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zo = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zo.putNextEntry(new ZipEntry(e.getKey()));
                zo.write(e.getValue());
                zo.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The headers of an ND4J array that claims {@code values} floats, followed by 1 KB of data. */
    public static byte[] arrayHeaderClaiming(long values) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(6);
            out.writeUTF("LONG");
            for (long v : new long[]{2, 1, values, values, 1, 0}) {
                out.writeLong(v);
            }
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(values);
            out.writeUTF("FLOAT");
            out.write(new byte[1024]);
        }
        return b.toByteArray();
    }

    /** A PNG whose header claims {@code side}×{@code side} grey pixels, with a few bytes of (empty) image data. */
    public static byte[] pngClaiming(int side) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(side);
        h.writeInt(side);
        h.write(new byte[]{8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter method change, no interlace
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

    private static Item run(Path dir, String name, byte[] modelZip, String problem) throws IOException {
        Path run = runFolder(dir.resolve(name));
        Files.write(run.resolve(RunFolder.MODEL), modelZip);
        return new Item(name, Kind.RUN_FOLDER, run, problem);
    }

    private static Path runFolder(Path dir) throws IOException {
        return RunFolderFixture.at(dir).trainRoot("/data/faces").write();
    }

    /** The model zip of {@code net} with parameter 17 set to {@code value} (the network itself is left as it was). */
    private static byte[] weights(MultiLayerNetwork net, float value) throws IOException {
        MultiLayerNetwork copy = net.clone();
        copy.params().putScalar(17, value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelSerializer.writeModel(copy, out, false);
        return out.toByteArray();
    }

    private static byte[] ndArray(int values) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            Nd4j.write(Nd4j.zeros(DataType.FLOAT, 1, values), out);
        }
        return b.toByteArray();
    }

    private static String studySpec(String sourceName) {
        String quoted = sourceName.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                {"name": "handed-over", "model": "tiny",
                 "training": {"maxEpochs": 1, "batchSize": 8, "learningRate": 0.001},
                 "seeds": [1], "sources": [{"name": "%s", "data": "faces"}], "evaluations": []}
                """.formatted(quoted);
    }
}
