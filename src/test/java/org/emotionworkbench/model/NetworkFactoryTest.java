package org.emotionworkbench.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.platform.Dl4jRuntime;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkFactoryTest {

    @Test
    void dl4jNetworkHasTheSpecsParameterCount() {
        for (String preset : List.of("pisa", "pisa-3", "seed12", "tiny")) {
            ModelSpec spec = Presets.get(preset);
            MultiLayerNetwork net = NetworkFactory.build(spec, NetworkSettings.defaults(1));
            assertEquals(spec.analyse().totalParams(), net.numParams(), preset);
        }
    }

    @Test
    void dl4jLayersCarryTheSpecsLayerNames() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(1));
        assertEquals("conv2d", net.getLayer(0).conf().getLayer().getLayerName());
        assertEquals("conv2d_1", net.getLayer(2).conf().getLayer().getLayerName());
        assertEquals("dense_1", net.getLayer(5).conf().getLayer().getLayerName());
    }

    @Test
    void outputIsAProbabilityDistributionOverSevenClasses() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(3));
        INDArray out = net.output(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 4, 1, 48, 48));
        assertArrayEquals(new long[]{4, 7}, out.shape());
        INDArray sums = out.sum(1);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, sums.getDouble(i), 1e-5);
        }
    }

    @Test
    void sameSeedGivesSameInitialWeights() {
        MultiLayerNetwork a = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(42));
        MultiLayerNetwork b = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(42));
        MultiLayerNetwork c = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(43));
        assertEquals(a.params(), b.params());
        assertTrue(!a.params().equals(c.params()));
    }
}
