package org.emotionworkbench.model.keras;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkRelease;
import org.emotionworkbench.model.PixelScaling;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.List;

/**
 * A Keras model imported, but not yet told its class order or pixel scaling: what an import dialog previews before
 * anything is written. It says how many outputs the model has, runs it on faces at any pixel scaling (outputs in the
 * model's own order, so that any class order can be laid over them without running it again), and becomes a
 * {@link LoadedModel} once the class order is known ({@link #label}), handing its network over.
 *
 * <p>Not thread-safe (one forward pass at a time); close it unless it was handed over.
 */
public final class ImportCandidate implements AutoCloseable {
    /** Batch size of {@link #predict}: graphs run fastest in batches of 32 on few cores (see LoadedModel). */
    private static final int BATCH = 32;

    private final KerasFileInfo source;
    private final InputSpec unitInput;
    private final long outputs;
    private final int separableSplit;
    private Model model;

    private ImportCandidate(Model model, KerasFileInfo source, InputSpec unitInput, long outputs, int separableSplit) {
        this.model = model;
        this.source = source;
        this.unitInput = unitInput;
        this.outputs = outputs;
        this.separableSplit = separableSplit;
    }

    /**
     * Imports {@code file} (slow: seconds) in a child JVM ({@link IsolatedKerasImport#standard()}); the network
     * comes back through the {@link org.emotionworkbench.model.ModelZip} gate. {@code inputSize} is height, width,
     * channels when the file does not declare its input (or to confirm it), else null.
     *
     * @throws KerasImportException with the one-line reason when the file cannot be imported, or the isolated
     *                              importer failed
     */
    public static ImportCandidate read(Path file, int[] inputSize) throws KerasImportException {
        return IsolatedKerasImport.standard().candidate(file, inputSize);
    }

    /** A candidate holding {@code model} (imported from the file {@code info} describes); released on failure. */
    static ImportCandidate of(Model model, KerasFileInfo info, InputSpec input, int separableSplit)
            throws KerasImportException {
        try {
            long outputs = LoadedModel.probeOutputs(model, input);
            return new ImportCandidate(model, info, input, outputs, separableSplit);
        } catch (IllegalArgumentException e) {
            KerasImport.release(model);
            throw new KerasImportException(info.fileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            KerasImport.release(model);
            throw e;
        }
    }

    /** What the file says about itself. */
    public KerasFileInfo source() {
        return source;
    }

    /** How many classes the model outputs. */
    public long outputCount() {
        return outputs;
    }

    /** How many separable convolutions were stored as depthwise + 1×1 pairs (same outputs, faster in DL4J). */
    public int separableSplit() {
        return separableSplit;
    }

    /** DL4J's layers (after the separable split). */
    public int layerCount() {
        Model m = open();
        return m instanceof ComputationGraph g ? g.getLayers().length : ((MultiLayerNetwork) m).getLayers().length;
    }

    public long parameterCount() {
        return open().numParams();
    }

    /**
     * The model's input with this pixel scaling.
     *
     * @throws KerasImportException when the scaling does not fit the model's channels
     */
    public InputSpec input(PixelScaling scaling) throws KerasImportException {
        try {
            return new InputSpec(unitInput.height(), unitInput.width(), unitInput.channels(), unitInput.channelsLast(),
                    scaling);
        } catch (IllegalArgumentException e) {
            throw new KerasImportException(source.fileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The model's outputs for each face, fed at {@code scaling}, in the model's own output order (row i for sample
     * i, {@link #outputCount()} values each). {@link ClassOrder#toCanonical} turns a row into emotions.
     */
    public float[][] predict(List<Sample> samples, PixelScaling scaling) throws KerasImportException {
        InputSpec input = input(scaling);
        Model m = open();
        float[][] out = new float[samples.size()][];
        for (int from = 0; from < samples.size(); from += BATCH) {
            int to = Math.min(samples.size(), from + BATCH);
            try (INDArray x = input.features(samples, from, to);
                 INDArray y = m instanceof ComputationGraph g ? g.outputSingle(false, x)
                         : ((MultiLayerNetwork) m).output(x, false)) {
                for (int i = from; i < to; i++) {
                    out[i] = y.getRow(i - from).toFloatVector();
                }
            }
        }
        return out;
    }

    /**
     * The imported model with its class order and pixel scaling; the network is handed over (this candidate is
     * closed, and the caller closes the returned model).
     *
     * @throws KerasImportException when no class order is given, or it names another number of outputs; the
     *                              candidate stays open then
     */
    public KerasImport.Imported label(ClassOrder classes, PixelScaling scaling) throws KerasImportException {
        Model m = open();
        if (classes == null) {
            throw new KerasImportException(KerasImport.missingClassesMessage(source.fileName(), outputs));
        }
        if (classes.size() != outputs) {
            throw new KerasImportException(source.fileName() + " has " + outputs + " outputs, but the class list names "
                    + classes.size() + " (" + classes + "): give one emotion per output, in output order");
        }
        InputSpec input = input(scaling);
        LoadedModel loaded = m instanceof ComputationGraph g ? LoadedModel.of(g, input, classes)
                : LoadedModel.of((MultiLayerNetwork) m, input, classes);
        model = null; // handed over
        return new KerasImport.Imported(loaded, source, separableSplit);
    }

    /** Whether it still holds its network (not closed, not handed over). */
    public boolean isOpen() {
        return model != null;
    }

    private Model open() {
        if (model == null) {
            throw new IllegalStateException("this import candidate was closed or handed over");
        }
        return model;
    }

    /** Frees the network unless it was handed over. Idempotent. */
    @Override
    public void close() {
        Model m = model;
        model = null;
        if (m != null) {
            KerasImport.release(m);
        }
    }
}
