package org.emotionworkbench.model.keras;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.deeplearning4j.nn.modelimport.keras.exceptions.InvalidKerasConfigurationException;
import org.deeplearning4j.nn.modelimport.keras.exceptions.UnsupportedKerasConfigurationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.SeparableConvSplit;
import org.emotionworkbench.platform.Dl4jRuntime;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Imports a Keras 2.x HDF5 model (Sequential or functional) with deeplearning4j-modelimport into a {@link LoadedModel}.
 * The input size and channels come from the file where it declares them; the class order is never guessed: a model
 * without one is refused with the reason, unless the caller names it (a list, or {@code fer2013}, {@code kdef},
 * {@code alphabetical}). Nothing from the file is executed (Keras' Lambda layers hold Python code; DL4J refuses them).
 * {@link #read} and {@link #readBackbone} run the import in a child JVM ({@link IsolatedKerasImport}); the methods
 * that touch the file themselves are package-private and run only there ({@link KerasImportChild}).
 */
public final class KerasImport {
    /** The DL4J version whose importer this is, for messages. */
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    /**
     * What the user says about the model.
     *
     * @param classes the class order, or null if not given (then the import is refused)
     * @param scaling how pixels are scaled for this model
     * @param input   height, width, channels when the file does not declare them (or to confirm them); null if not given
     */
    public record Options(ClassOrder classes, PixelScaling scaling, int[] input) {
        public Options {
            if (scaling == null) {
                scaling = PixelScaling.UNIT;
            }
        }

        /**
         * The options as the command line and study specs spell them (each may be null): {@code classes} as
         * {@link ClassOrder#parse}, a pixel range ({@code 0,1} or {@code -1,1}) or a per-channel mean and std, and
         * the input as {@code HxWxC}; pixels in [0,1] when neither range nor mean is given.
         */
        public static Options parse(String classes, String pixelRange, String mean, String std, String input) {
            return new Options(classes == null ? null : ClassOrder.parse(classes),
                    mean != null ? PixelScaling.ofMeanStd(mean, std)
                            : pixelRange != null ? PixelScaling.ofRange(pixelRange) : PixelScaling.UNIT,
                    input == null ? null : InputSpec.parseSize(input));
        }
    }

    /**
     * An imported model and what its file said about itself. The caller closes the model.
     *
     * @param separableSplit how many separable convolutions were rewritten as depthwise + 1×1 ({@link SeparableConvSplit})
     */
    public record Imported(LoadedModel model, KerasFileInfo source, int separableSplit) {
    }

    /** Outputs of the split graph may differ from the original's by float rounding only. */
    static final double SPLIT_TOLERANCE = 1e-4;

    private KerasImport() {
    }

    /**
     * Imports {@code file} in a child JVM ({@link IsolatedKerasImport#standard()}), so that a crash in the native
     * HDF5 library ends only that process.
     */
    public static Imported read(Path file, Options options) throws KerasImportException {
        return IsolatedKerasImport.standard().read(file, options);
    }

    /** A model imported from a file, its separable convolutions split where that keeps its outputs. */
    record Loaded(Model model, int separableSplit) {
    }

    /** Imports the file's model and, for a graph, splits its separable convolutions (checked at {@code input}). */
    static Loaded importAndSplit(Path file, KerasFileInfo info, InputSpec input) throws KerasImportException {
        Model model = importModel(file, info);
        int split = 0;
        if (model instanceof ComputationGraph g) {
            Dl4jRuntime.dropChannelsLastBatchNormHelpers(g.getLayers());
            int separable = SeparableConvSplit.separableLayers(g).size();
            if (separable > 0) {
                ComputationGraph faster = splitChecked(g, input, info.fileName());
                if (faster != g) {
                    NetworkRelease.release(g);
                    model = faster;
                    split = separable;
                }
            }
        }
        return new Loaded(model, split);
    }

    /**
     * A Keras model imported as a DL4J network without asking what its outputs are: the base of a model to be
     * fine-tuned with a new head (an ImageNet network saved without its top, say, whose output is a feature map). The
     * input spec is settled as for {@link #read}; the class order is not needed. The caller releases the network.
     *
     * @param separableSplit how many separable convolutions were rewritten as depthwise + 1×1
     */
    public record Backbone(Model model, InputSpec input, KerasFileInfo source, int separableSplit) {
    }

    /** Imports the file's network in a child JVM, as {@link #read} does. */
    public static Backbone readBackbone(Path file, Options options) throws KerasImportException {
        return IsolatedKerasImport.standard().backbone(file, options);
    }

    /** How much larger than its weights (float32) a file may be: Keras also saves the optimizer's state (Adam: 2×). */
    static final int SIZE_FACTOR = 4;
    /** … plus this much for HDF5's own headers, attributes and the configuration. */
    static final long SIZE_SLACK = 8L << 20;

    /**
     * Refuses a file far larger than the weights its model configuration declares (more than {@value #SIZE_FACTOR}×
     * their float32 size plus {@link #SIZE_SLACK}): whatever the rest holds, the import has no use for it. Reads only
     * the configuration (no weights).
     */
    static void checkSizeAgainstConfig(Path file, KerasFileInfo info) throws KerasImportException {
        long params = declaredParameters(file, info);
        long limit = params * Float.BYTES * SIZE_FACTOR + SIZE_SLACK;
        if (info.bytes() > limit) {
            throw new KerasImportException(String.format(java.util.Locale.ROOT, "%s is %.1f MB, far more than the "
                            + "%.1f MB of weights its model configuration declares (%,d parameters): a Keras file holds "
                            + "at most about %d× its weights plus %d MB; refused before importing", info.fileName(),
                    info.bytes() / 1e6, params * (double) Float.BYTES / 1e6, params, SIZE_FACTOR, SIZE_SLACK >> 20));
        }
    }

    /** The parameters the file's model configuration declares (DL4J's configuration of it, no weights read). */
    static long declaredParameters(Path file, KerasFileInfo info) throws KerasImportException {
        String config;
        synchronized (org.deeplearning4j.nn.modelimport.keras.Hdf5Archive.LOCK_OBJECT) {
            KerasFileInfo.quietHdf5();
            try (var archive = new org.deeplearning4j.nn.modelimport.keras.Hdf5Archive(file.toString())) {
                config = archive.readAttributeAsJson("model_config");
            } catch (UnsupportedKerasConfigurationException | RuntimeException e) {
                throw new KerasImportException("cannot read the Keras model in " + info.fileName() + ": "
                        + firstLine(e.getMessage()), e);
            }
        }
        Dl4jRuntime.configure();
        try {
            // as DL4J's own HDF5 import does: the Keras version (which decides the layer names) goes into the JSON
            var root = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(config);
            root.put("keras_version", info.kerasVersion());
            root.put("backend", info.backend());
            var builder = new org.deeplearning4j.nn.modelimport.keras.KerasModel().modelBuilder()
                    .modelJson(root.toString()).enforceTrainingConfig(false);
            long n = 0;
            if (info.sequential()) {
                var conf = builder.buildSequential().getMultiLayerConfiguration();
                for (var layer : conf.getConfs()) {
                    n += layer.getLayer().initializer().numParams(layer);
                }
            } else {
                var conf = builder.buildModel().getComputationGraphConfiguration();
                for (var vertex : conf.getVertices().values()) {
                    n += vertex.numParams(true);
                }
            }
            return n;
        } catch (UnsupportedKerasConfigurationException | InvalidKerasConfigurationException | IOException
                 | RuntimeException e) {
            throw refusal(info, e);
        }
    }

    /** The split graph if it computes the same outputs as {@code g} (checked on random images), else {@code g}. */
    private static ComputationGraph splitChecked(ComputationGraph g, InputSpec input, String file) {
        ComputationGraph faster;
        try {
            faster = SeparableConvSplit.split(g);
            Dl4jRuntime.dropChannelsLastBatchNormHelpers(faster.getLayers());
            double diff = SeparableConvSplit.maxDifference(g, faster, input, 42);
            if (diff <= SPLIT_TOLERANCE) {
                return faster;
            }
            System.getLogger(KerasImport.class.getName()).log(System.Logger.Level.WARNING, "{0}: separable "
                    + "convolutions kept fused: splitting them changed the outputs by {1}", file, diff);
            NetworkRelease.release(faster);
        } catch (RuntimeException e) {
            System.getLogger(KerasImport.class.getName()).log(System.Logger.Level.WARNING, "{0}: separable "
                    + "convolutions kept fused: {1}", file, e.getMessage());
        }
        return g;
    }

    static String missingClassesMessage(String file, long outputs) {
        if (outputs == Emotion.COUNT) {
            return file + " has 7 outputs, but which emotion each stands for is not stored in a Keras file, and the "
                    + "common orders differ: FER2013's numeric labels are angry, disgust, fear, happy, sad, surprise, "
                    + "neutral (neutral last), not the alphabetical angry, disgust, fear, happy, neutral, sad, surprise. "
                    + "A wrong guess silently mislabels two classes. Say which: --classes fer2013, --classes alphabetical,"
                    + " --classes kdef, or the list (e.g. --classes angry,disgust,fear,happy,sad,surprise,neutral)";
        }
        return file + " has " + outputs + " outputs: name the emotion of each, in output order, with --classes "
                + "(e.g. --classes angry,happy,neutral,sad,surprise)";
    }

    static InputSpec inputSpec(KerasFileInfo info, Options options) throws KerasImportException {
        int[] given = options.input();
        int h;
        int w;
        int c;
        if (info.declaresInput()) {
            h = info.height();
            w = info.width();
            c = info.channels();
            if (given != null && (given[0] != h || given[1] != w || given[2] != c)) {
                throw new KerasImportException(info.fileName() + " declares an input of " + h + "x" + w + "x" + c
                        + ", not " + given[0] + "x" + given[1] + "x" + given[2] + " as given: leave --input out");
            }
        } else if (given != null) {
            h = given[0];
            w = given[1];
            c = given[2];
        } else {
            throw new KerasImportException(info.fileName() + " does not declare its input size: give it with --input "
                    + "HxWxC (e.g. --input 64x64x1)");
        }
        try {
            return new InputSpec(h, w, c, info.channelsLast(), options.scaling());
        } catch (IllegalArgumentException e) {
            throw new KerasImportException(info.fileName() + ": " + e.getMessage(), e);
        }
    }

    private static Model importModel(Path file, KerasFileInfo info) throws KerasImportException {
        Dl4jRuntime.configure();
        KerasFileInfo.quietHdf5();
        try {
            return info.sequential()
                    ? KerasModelImport.importKerasSequentialModelAndWeights(file.toString(), false)
                    : KerasModelImport.importKerasModelAndWeights(file.toString(), false);
        } catch (UnsupportedKerasConfigurationException | InvalidKerasConfigurationException | IOException
                 | RuntimeException e) {
            throw refusal(info, e);
        }
    }

    /** DL4J's import failure as the one line the user sees. */
    private static KerasImportException refusal(KerasFileInfo info, Exception e) {
        if (e instanceof UnsupportedKerasConfigurationException) {
            return new KerasImportException("DL4J " + DL4J_VERSION + " cannot import " + info.fileName() + ": "
                    + firstLine(e.getMessage()), e);
        }
        if (e instanceof InvalidKerasConfigurationException) {
            return new KerasImportException(info.fileName() + " is not a model DL4J " + DL4J_VERSION + " can read: "
                    + firstLine(e.getMessage()), e);
        }
        return new KerasImportException("cannot import " + info.fileName() + " with DL4J " + DL4J_VERSION + ": "
                + firstLine(String.valueOf(e.getMessage())), e); // I/O, or a configuration that is not an object
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }

    static void release(Model model) {
        if (model instanceof ComputationGraph g) {
            NetworkRelease.release(g);
        } else if (model instanceof MultiLayerNetwork n) {
            NetworkRelease.release(n);
        }
    }
}
