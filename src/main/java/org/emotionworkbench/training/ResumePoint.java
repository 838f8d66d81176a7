package org.emotionworkbench.training;

import org.emotionworkbench.io.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.model.ModelZip;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder from which an interrupted training run goes on where it stopped: after every epoch the {@link Trainer}
 * saves the network with its updater state (Adam's moments, the iteration count), the best epoch's weights when they
 * change, and then {@code state.json}. The state file is written last and names the other two, so a crash while
 * saving leaves the previous epoch's resume point intact; files it no longer names are then deleted.
 *
 * <p>Shuffling, augmentation and dropout are seeded per epoch from the run's seed, so a resumed run computes the
 * same numbers as one that was never interrupted. A run that stopped early keeps its last resume point, so it can go
 * on with a longer patience; one that ran all its epochs deletes it.
 */
public final class ResumePoint {
    public static final String STATE = "state.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;

    public ResumePoint(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public boolean exists() {
        return Files.isRegularFile(dir.resolve(STATE));
    }

    /** The saved state, without loading the network. */
    public ResumeState readState() {
        Path file = dir.resolve(STATE);
        try {
            return JSON.readValue(file.toFile(), ResumeState.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the resume point " + file + ": " + e.getMessage(), e);
        }
    }

    /** A loaded resume point; the caller owns (and must release) the network and the best weights. */
    public record Loaded(ResumeState state, Model model, INDArray bestParams) {
        /** The multi-layer network (the workbench's own runs); throws for a computation graph. */
        public MultiLayerNetwork network() {
            if (model instanceof MultiLayerNetwork n) {
                return n;
            }
            throw new IllegalStateException("this resume point holds a computation graph");
        }
    }

    public Loaded load() {
        ResumeState state = readState();
        Path netFile = dir.resolve(state.networkFile());
        if (!Files.isRegularFile(netFile)) {
            throw new IllegalArgumentException("the resume point in " + dir + " is incomplete: " + netFile.getFileName()
                    + " is missing");
        }
        Model net;
        Dl4jRuntime.configure(); // layer helpers are chosen when the restored network is initialised
        net = ModelZip.read(netFile, true);
        if (net instanceof ComputationGraph g) {
            Dl4jRuntime.dropChannelsLastBatchNormHelpers(g.getLayers());
        } else {
            Dl4jRuntime.prepare((MultiLayerNetwork) net);
        }
        int epochs = net instanceof ComputationGraph g ? g.getEpochCount() : ((MultiLayerNetwork) net).getEpochCount();
        if (epochs != state.epochsDone()) {
            throw new IllegalArgumentException("the resume point in " + dir + " is inconsistent: its network has "
                    + epochs + " epochs, its state says " + state.epochsDone());
        }
        INDArray best = null;
        if (state.bestParamsFile() != null) {
            Path bestFile = dir.resolve(state.bestParamsFile());
            try { // checked like a model's coefficients: length, type, truncation and finiteness, before allocating
                best = ModelZip.readParams(bestFile, net.numParams(), net.params().dataType());
            } catch (ModelZip.InvalidModelFileException e) {
                throw new IllegalArgumentException("the resume point in " + dir + " cannot be used: its best weights "
                        + e.getMessage(), e);
            }
        }
        return new Loaded(state, net, best);
    }

    /**
     * Saves the state after an epoch: the network (with updater), the best weights when {@code bestChanged} (or when
     * the previous file is gone), then the state file; older files are deleted.
     */
    ResumeState save(Model net, ResumeState partial, INDArray bestParams, boolean bestChanged) {
        try {
            Files.createDirectories(dir);
            String epoch = String.format(Locale.ROOT, "%04d", partial.epochsDone());
            String netName = "network-epoch-" + epoch + ".zip";
            AtomicFiles.write(dir.resolve(netName), tmp -> ModelSerializer.writeModel(net, tmp.toFile(), true));
            String bestName = partial.bestParamsFile();
            if (bestParams != null && (bestChanged || bestName == null || !Files.exists(dir.resolve(bestName)))) {
                bestName = "best-params-epoch-" + epoch + ".bin";
                AtomicFiles.write(dir.resolve(bestName), tmp -> Nd4j.saveBinary(bestParams, tmp.toFile()));
            }
            ResumeState state = partial.withFiles(netName, bestParams == null ? null : bestName);
            byte[] json = JSON.writeValueAsString(state).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(dir.resolve(STATE), tmp -> Files.write(tmp, json));
            deleteAllBut(Set.of(STATE, netName, bestName == null ? STATE : bestName));
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the resume point in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes the folder's files (a finished run needs no resume point). */
    public void delete() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try {
            deleteAllBut(Set.of());
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the resume point " + dir + ": " + e.getMessage(), e);
        }
    }

    private void deleteAllBut(Set<String> keep) throws IOException {
        Set<String> kept = new HashSet<>(keep);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !kept.contains(p.getFileName().toString())).toList();
        }
        for (Path p : files) {
            Files.deleteIfExists(p);
        }
    }

}
