package org.emotionworkbench.explain;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.model.NetworkRelease;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * NetworkFactory turns on DL4J's forward cache for training speed; a network that has just trained must still give
 * Grad-CAM gradients computed from the image being explained, not from the last training batch's cached values.
 */
class StaleForwardCacheTest {

    @Test
    void gradientsRightAfterTrainingEqualThoseOfAFreshCopy() {
        MultiLayerNetwork trained = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(3));
        Nd4j.getRandom().setSeed(3);
        for (int step = 0; step < 2; step++) { // training forward passes fill each convolution's cache (batch of 8)
            try (INDArray x = Nd4j.rand(DataType.FLOAT, 8, 1, 48, 48); INDArray y = Nd4j.eye(7).getRows(0, 1, 2, 3, 4, 5, 6, 0)) {
                trained.fit(x, y);
            }
        }
        MultiLayerNetwork fresh = trained.clone(); // same weights, layers built anew: nothing cached
        float[][] images = new float[3][48 * 48];
        Random r = new Random(5);
        for (float[] image : images) {
            for (int i = 0; i < image.length; i++) {
                image[i] = r.nextFloat();
            }
        }
        try {
            // the gradient at the first convolution's output goes back through the second convolution
            CamNetwork.Pass expected = CamNetwork.of(fresh, "conv2d").pass(images,
                    CamNetwork.ClassChoice.fixed(Emotion.SAD), true);
            CamNetwork.Pass got = CamNetwork.of(trained, "conv2d").pass(images,
                    CamNetwork.ClassChoice.fixed(Emotion.SAD), true);
            assertArrayEquals(expected.gradients(), got.gradients(), 1e-6f);
        } finally {
            NetworkRelease.release(trained);
            NetworkRelease.release(fresh);
        }
    }
}
