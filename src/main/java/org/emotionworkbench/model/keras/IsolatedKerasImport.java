package org.emotionworkbench.model.keras;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.ModelZip;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.platform.ChildJvm;
import org.emotionworkbench.platform.Dl4jRuntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keras import with the untrusted file kept out of this process: a Keras .h5 is parsed by the native HDF5 library,
 * where a damaged or hostile file can crash the whole JVM, so a child JVM ({@link KerasImportChild}, started through
 * {@link ChildJvm} with bounded heap, native memory and time) reads it, imports it and writes the network as an
 * ordinary DL4J model zip into a temporary folder; this process opens that zip through the {@link ModelZip} gate
 * (which deserializes no Java objects) and deletes the folder. A file the importer refuses gives the importer's own
 * one-line reason; a child that dies (crash, signal, out of memory, time limit) gives one line saying so, and
 * nothing else happens: the caller writes nothing.
 */
public final class IsolatedKerasImport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final IsolatedKerasImport STANDARD =
            new IsolatedKerasImport(Path.of(System.getProperty("java.io.tmpdir")), List.of());

    static final long MAX_REPORT_BYTES = 16L << 20;

    private final Path workRoot;
    private final ChildJvm jvm;

    /**
     * @param workRoot        where the temporary folders go (one per import, deleted when it ends)
     * @param extraJvmOptions JVM options for the child, after the workbench's own (usually none)
     */
    public IsolatedKerasImport(Path workRoot, List<String> extraJvmOptions) {
        this.workRoot = workRoot.toAbsolutePath().normalize();
        this.jvm = new ChildJvm(extraJvmOptions);
    }

    /** Temporary folders in {@code java.io.tmpdir}, the child's options the workbench's own. */
    public static IsolatedKerasImport standard() {
        return STANDARD;
    }

    /**
     * The child's limits for a file of {@code bytes}: heap 512 MB + 2× the file, JavaCPP native memory 1 GB + 4× the
     * file (at most 4 and 8 GB), and 2 minutes + 1 s per MB (at most 10 minutes). A file far larger than its weights
     * is refused before it is imported ({@link KerasImport#checkSizeAgainstConfig}).
     */
    static ChildJvm.Limits limits(long bytes) {
        long heap = Math.min(4L << 30, (512L << 20) + 2 * bytes);
        long nativeBytes = Math.min(8L << 30, (1L << 30) + 4 * bytes);
        Duration time = Duration.ofSeconds(Math.min(600, 120 + bytes / 1_000_000));
        return new ChildJvm.Limits(heap, nativeBytes, time);
    }

    /** What the file says about itself ({@link KerasFileInfo#read}). */
    public KerasFileInfo describe(Path file) throws KerasImportException {
        return describe(file, new ChildJvm.Stop());
    }

    /** As {@link #describe(Path)}; {@code stop} kills the child (the call then fails saying it was stopped). */
    public KerasFileInfo describe(Path file, ChildJvm.Stop stop) throws KerasImportException {
        return run(file, "describe", null, stop, (dir, report) -> report.info());
    }

    /** The file's model, imported for a preview ({@link ImportCandidate#read}). */
    public ImportCandidate candidate(Path file, int[] inputSize) throws KerasImportException {
        return candidate(file, inputSize, new ChildJvm.Stop());
    }

    /**
     * As {@link #candidate(Path, int[])}; {@code stop} kills the child and its descendants and removes its temporary
     * folder (the call then fails saying it was stopped): the preview of a file the user no longer wants.
     */
    public ImportCandidate candidate(Path file, int[] inputSize, ChildJvm.Stop stop) throws KerasImportException {
        return run(file, "import", inputSize, stop, (dir, report) -> {
            KerasFileInfo info = report.info();
            InputSpec input = KerasImport.inputSpec(info, new KerasImport.Options(null, PixelScaling.UNIT, inputSize));
            return ImportCandidate.of(readBack(dir, info), info, input, report.separableSplit());
        });
    }

    /** The file's model with the class order and pixel scaling of {@code options} ({@link KerasImport#read}). */
    public KerasImport.Imported read(Path file, KerasImport.Options options) throws KerasImportException {
        try (ImportCandidate candidate = candidate(file, options.input())) {
            return candidate.label(options.classes(), options.scaling());
        }
    }

    /** The file's network, whatever it outputs ({@link KerasImport#readBackbone}). */
    public KerasImport.Backbone backbone(Path file, KerasImport.Options options) throws KerasImportException {
        return run(file, "import", options.input(), new ChildJvm.Stop(), (dir, report) -> {
            KerasFileInfo info = report.info();
            InputSpec input = KerasImport.inputSpec(info, options);
            return new KerasImport.Backbone(readBack(dir, info), input, info, report.separableSplit());
        });
    }

    @FunctionalInterface
    private interface Then<T> {
        T read(Path dir, KerasImportChild.Report report) throws KerasImportException;
    }

    private <T> T run(Path file, String mode, int[] inputSize, ChildJvm.Stop stop, Then<T> then)
            throws KerasImportException {
        KerasFileInfo.checkIsHdf5(file); // the common mistakes need no child
        Path abs = file.toAbsolutePath().normalize();
        String name = String.valueOf(abs.getFileName());
        Path dir = null;
        try {
            ChildJvm.Limits limits = limits(Files.size(abs));
            Files.createDirectories(workRoot);
            dir = Files.createTempDirectory(workRoot, "keras-import-");
            List<String> args = new ArrayList<>(List.of(mode, abs.toString(), dir.toString()));
            if (inputSize != null) {
                args.add(inputSize[0] + "x" + inputSize[1] + "x" + inputSize[2]);
            }
            ChildJvm.Outcome outcome = jvm.run(KerasImportChild.class.getName(), args, limits, dir, stop);
            Path report = dir.resolve(KerasImportChild.REPORT);
            if (!outcome.ok() || !Files.isRegularFile(report)) {
                String reason = outcome.ok() ? "it ended without a result" : outcome.reason(limits.time());
                // for a developer only (not shown by default): the user gets the one line below
                System.getLogger(IsolatedKerasImport.class.getName()).log(System.Logger.Level.DEBUG,
                        "isolated Keras import of {0} failed: {1}; its output ended with:\n{2}", abs, reason,
                        ChildJvm.tail(dir, 4000));
                throw new KerasImportException(failed(name, reason));
            }
            if (Files.size(report) > MAX_REPORT_BYTES) { // a file's description is small, whatever the file says
                throw new KerasImportException(failed(name, "its description of the file is over "
                        + (MAX_REPORT_BYTES >> 20) + " MB"));
            }
            KerasImportChild.Report r = JSON.readValue(report.toFile(), KerasImportChild.Report.class);
            if (r.refused() != null) {
                throw new KerasImportException(r.refused());
            }
            if (r.info() == null) {
                throw new KerasImportException(failed(name, "it gave no description of the file"));
            }
            return then.read(dir, r);
        } catch (ChildJvm.StoppedException e) {
            throw new KerasImportException("Importing " + name + " was stopped", e);
        } catch (IOException e) {
            throw new KerasImportException(failed(name, "it could not be run (" + e.getMessage() + ")"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KerasImportException("Importing " + name + " was cancelled", e);
        } finally {
            if (dir != null) {
                try {
                    ChildJvm.deleteWorkFolder(dir);
                } catch (IOException e) {
                    System.getLogger(IsolatedKerasImport.class.getName()).log(System.Logger.Level.WARNING,
                            "cannot delete the isolated importer's folder {0}: {1}", dir, e.getMessage());
                }
            }
        }
    }

    static String failed(String name, String reason) {
        return "Importing " + name + " failed inside the isolated importer: " + reason
                + " — the workbench is unaffected";
    }

    /** The child's model zip, through the gate. */
    private static Model readBack(Path dir, KerasFileInfo info) throws KerasImportException {
        Dl4jRuntime.configure();
        Model model;
        try {
            model = ModelZip.read(dir.resolve(KerasImportChild.MODEL), false);
        } catch (ModelZip.InvalidModelFileException e) {
            throw new KerasImportException(info.fileName() + ": the imported network could not be read back: "
                    + e.getMessage(), e);
        }
        Dl4jRuntime.dropChannelsLastBatchNormHelpers(model instanceof ComputationGraph g ? g.getLayers()
                : ((MultiLayerNetwork) model).getLayers());
        return model;
    }
}
