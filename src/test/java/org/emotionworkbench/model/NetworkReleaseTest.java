package org.emotionworkbench.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkReleaseTest {
    @Test
    void releasesParametersAndWorkspacesLikeClose() {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(1));
        net.output(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 2, 1, 48, 48)); // creates workspaces
        NetworkRelease.release(net);
        assertTrue(net.params().wasClosed(), "parameters freed");
        assertTrue(Nd4j.getWorkspaceManager().getAllWorkspacesForCurrentThread().isEmpty(), "workspaces destroyed");
        assertDoesNotThrow(() -> NetworkRelease.release((MultiLayerNetwork) null));
    }
}
