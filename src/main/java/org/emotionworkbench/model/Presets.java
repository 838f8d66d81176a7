package org.emotionworkbench.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Built-in models.
 * <ul>
 *   <li>{@code pisa}: the Pisa report's chosen CNN, conv 32,32 | 64,64 | 128 | 256 (3×3, same, ReLU); each block
 *   ends in max-pool 2×2 + batch-norm + dropout 0.2, and a doubled block has batch-norm after its first conv;
 *   then dense 256 + batch-norm + dropout 0.5 and softmax 7. 1,029,223 parameters, 1,664 non-trainable.</li>
 *   <li>{@code pisa-1}…{@code pisa-8}: the report's Table 1 ladder built from the same blocks: 3, 4 and 5
 *   single-conv blocks (32, 64, 128, 256, 512 filters); 4 blocks with the first, the first two (= {@code pisa}),
 *   the first three, all four doubled; first block tripled and the others doubled.</li>
 *   <li>{@code seed12}: the synthetic-vs-real study's 12 weight layers, as we rebuilt them (the study gives only
 *   the counts): conv 32,32 | 64,64 | 128,128 | 256,256,256, each block max-pool 2×2 + dropout 0.25, then
 *   dense 512 + dropout 0.5, dense 256 + dropout 0.5, softmax 7 — 9 conv + 3 dense, no batch-norm.</li>
 *   <li>{@code tiny}: conv 8 | conv 16 with max-pooling, dense 32; trains in seconds, for tests and demos.</li>
 * </ul>
 */
public final class Presets {
    /** A built-in model: how to build it, and what it is in one line. */
    private record Preset(String description, Supplier<ModelSpec> build) {
    }

    private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

    static {
        add("pisa", "the Pisa report's CNN: conv 32,32 | 64,64 | 128 | 256 with batch-norm and dropout",
                new int[][]{{32, 2}, {64, 2}, {128, 1}, {256, 1}});
        add("pisa-1", "Pisa report Table 1, variant 1: 3 single-conv blocks (32, 64, 128 filters)",
                new int[][]{{32, 1}, {64, 1}, {128, 1}});
        add("pisa-2", "Pisa report Table 1, variant 2: 4 single-conv blocks (32 … 256 filters)",
                new int[][]{{32, 1}, {64, 1}, {128, 1}, {256, 1}});
        add("pisa-3", "Pisa report Table 1, variant 3: 5 single-conv blocks (32 … 512 filters)",
                new int[][]{{32, 1}, {64, 1}, {128, 1}, {256, 1}, {512, 1}});
        add("pisa-4", "Pisa report Table 1, variant 4: 4 blocks, the first doubled",
                new int[][]{{32, 2}, {64, 1}, {128, 1}, {256, 1}});
        add("pisa-5", "Pisa report Table 1, variant 5: 4 blocks, the first two doubled (= pisa)",
                new int[][]{{32, 2}, {64, 2}, {128, 1}, {256, 1}});
        add("pisa-6", "Pisa report Table 1, variant 6: 4 blocks, the first three doubled",
                new int[][]{{32, 2}, {64, 2}, {128, 2}, {256, 1}});
        add("pisa-7", "Pisa report Table 1, variant 7: 4 blocks, all doubled",
                new int[][]{{32, 2}, {64, 2}, {128, 2}, {256, 2}});
        add("pisa-8", "Pisa report Table 1, variant 8: 4 blocks, the first tripled and the others doubled",
                new int[][]{{32, 3}, {64, 2}, {128, 2}, {256, 2}});
        PRESETS.put("seed12", new Preset("the synthetic-vs-real study's 12-layer CNN: 9 conv + 3 dense, no batch-norm",
                Presets::seed12));
        PRESETS.put("tiny", new Preset("two small convolutions and dense 32: trains in seconds, for demos and tests",
                Presets::tiny));
    }

    private static void add(String name, String description, int[][] blocks) {
        PRESETS.put(name, new Preset(description, () -> pisaLadder(name, blocks)));
    }

    private Presets() {
    }

    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    public static Optional<ModelSpec> find(String name) {
        Preset p = PRESETS.get(name);
        return p == null ? Optional.empty() : Optional.of(p.build().get());
    }

    /** What the preset is, in one line (shown in the Model screen's chooser and by {@code summary --list}). */
    public static String description(String name) {
        Preset p = PRESETS.get(name);
        if (p == null) {
            throw unknown(name);
        }
        return p.description();
    }

    public static ModelSpec get(String name) {
        return find(name).orElseThrow(() -> unknown(name));
    }

    private static InvalidModelException unknown(String name) {
        return new InvalidModelException("unknown preset '" + name + "'; presets: " + String.join(", ", names()));
    }

    /** Blocks given as {filters, convolutions}; the Pisa block and head described in the class comment. */
    static ModelSpec pisaLadder(String name, int[][] blocks) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int[] block : blocks) {
            for (int c = 0; c < block[1]; c++) {
                layers.add(Conv2D.of(block[0]));
                if (c < block[1] - 1) {
                    layers.add(BatchNorm.keras());
                }
            }
            layers.add(MaxPool2D.of(2));
            layers.add(BatchNorm.keras());
            layers.add(new Dropout(0.2));
        }
        layers.add(new Flatten());
        layers.add(Dense.of(256));
        layers.add(BatchNorm.keras());
        layers.add(new Dropout(0.5));
        layers.add(Output.emotions());
        return new ModelSpec(name, layers);
    }

    static ModelSpec seed12() {
        List<LayerSpec> layers = new ArrayList<>();
        int[][] blocks = {{32, 2}, {64, 2}, {128, 2}, {256, 3}};
        for (int[] block : blocks) {
            for (int c = 0; c < block[1]; c++) {
                layers.add(Conv2D.of(block[0]));
            }
            layers.add(MaxPool2D.of(2));
            layers.add(new Dropout(0.25));
        }
        layers.add(new Flatten());
        layers.add(Dense.of(512));
        layers.add(new Dropout(0.5));
        layers.add(Dense.of(256));
        layers.add(new Dropout(0.5));
        layers.add(Output.emotions());
        return new ModelSpec("seed12", layers);
    }

    static ModelSpec tiny() {
        return new ModelSpec("tiny", List.of(
                Conv2D.of(8), MaxPool2D.of(2),
                Conv2D.of(16), MaxPool2D.of(2),
                new Flatten(), Dense.of(32), Output.emotions()));
    }
}
