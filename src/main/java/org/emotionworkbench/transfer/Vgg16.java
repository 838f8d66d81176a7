package org.emotionworkbench.transfer;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.deeplearning4j.zoo.model.VGG16;
import org.emotionworkbench.platform.Dl4jRuntime;

/**
 * VGG16 as DL4J's model zoo defines it (deeplearning4j-zoo's {@code VGG16}: 13 3×3 convolutions in five blocks, each
 * ending in 2×2 max pooling, then two 4096-unit dense layers and the classifier), channels first, at any input of at
 * least 32×32 (five poolings halve it to 1×1). Its vertices are numbered: {@value #BLOCK4_POOL} ends block 4,
 * {@value #BLOCK5_POOL} block 5 (the last convolutional output, where a "no top" network ends).
 *
 * <p>This class only builds the architecture with random weights (for tests and benchmarks); ImageNet weights come
 * from a local file the user names ({@code train --from}): nothing is downloaded.
 */
public final class Vgg16 {
    /** The smallest side VGG16 accepts: after five 2×2 poolings 32 pixels are one. */
    public static final int MIN_SIDE = 32;
    public static final String BLOCK4_POOL = "13";
    public static final String BLOCK5_POOL = "17";
    private static final String[] TOP = {"18", "19", "20"};

    private Vgg16() {
    }

    /** The zoo's VGG16 with random weights for {@code side}×{@code side}×3 input and {@code classes} outputs. */
    public static ComputationGraph random(int side, int classes, long seed) {
        if (side < MIN_SIDE) {
            throw new IllegalArgumentException("VGG16 needs an input of at least " + MIN_SIDE + "×" + MIN_SIDE
                    + " (its five poolings halve the side five times), got " + side);
        }
        Dl4jRuntime.configure();
        return VGG16.builder().numClasses(classes).seed(seed).inputShape(new int[]{3, side, side}).build().init();
    }

    /** The convolutional part only (as Keras' {@code include_top=False}): ends at block 5's pooling, random weights. */
    public static ComputationGraph randomNoTop(int side, long seed) {
        ComputationGraph full = random(side, 7, seed);
        TransferLearning.GraphBuilder b = new TransferLearning.GraphBuilder(full);
        for (String v : TOP) {
            b.removeVertexAndConnections(v);
        }
        return b.setOutputs(BLOCK5_POOL).build();
    }
}
