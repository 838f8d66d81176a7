package org.emotionworkbench.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.emotionworkbench.dataset.ImageGeometry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A model as plain data: a name and a stack of layers over a 48×48×1 input, ending in {@link Output}.
 * Serialises to and from JSON; {@link #analyse()} runs shape inference and names any offending layer.
 */
public record ModelSpec(String name, List<LayerSpec> layers) {
    public static final TensorShape INPUT = TensorShape.map(ImageGeometry.SIDE, ImageGeometry.SIDE, 1);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ModelSpec {
        name = name == null || name.isBlank() ? "model" : name;
        Objects.requireNonNull(layers, "layers");
        layers = List.copyOf(layers);
    }

    /** Shape inference over the whole stack. */
    public ModelAnalysis analyse() {
        return ModelAnalysis.of(this);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise model spec", e);
        }
    }

    /** Parses and validates a spec; a malformed or invalid one gives an {@link InvalidModelException}. */
    public static ModelSpec fromJson(String json) {
        ModelSpec spec;
        try {
            spec = JSON.readValue(json, ModelSpec.class);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            throw new InvalidModelException("not a valid model spec: " + why, e);
        }
        if (spec == null) {
            throw new InvalidModelException("not a valid model spec: empty document");
        }
        spec.analyse();
        return spec;
    }

    public static ModelSpec read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }

    /** Writes {@link #toJson()} to a file (what {@link #read} reads back). */
    public void write(Path file) throws IOException {
        Files.writeString(file, toJson());
    }
}
