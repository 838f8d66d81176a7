package org.emotionworkbench.model;

import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.MemoryWorkspaceManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;

/**
 * Frees a network's native memory like {@link MultiLayerNetwork#close()} (parameters, gradients, updater state and
 * this thread's workspaces) but without the two {@code System.gc()} calls that close() makes: each is a full,
 * stop-the-world collection (≈ 75–120 ms on a small heap), which freezes every thread, the JavaFX thread included, at
 * the end of every run. The remaining off-heap buffers are freed by JavaCPP when the GC collects them normally
 * (JavaCPP itself asks for a collection if native memory runs short).
 */
public final class NetworkRelease {
    private NetworkRelease() {
    }

    public static void release(MultiLayerNetwork net) {
        if (net != null) {
            Updater u = net.getUpdater(false);
            release(net.params(), net.getGradientsViewArray(), u == null ? null : u.getStateViewArray());
        }
    }

    /** The same for a graph (an imported model): parameters, gradients, updater state and this thread's workspaces. */
    public static void release(ComputationGraph graph) {
        if (graph != null) {
            ComputationGraphUpdater u = graph.getUpdater(false);
            release(graph.params(), graph.getGradientsViewArray(), u == null ? null : u.getStateViewArray());
        }
    }

    private static void release(INDArray params, INDArray gradients, INDArray updaterState) {
        close(params);
        close(gradients);
        close(updaterState);
        MemoryWorkspaceManager workspaces = Nd4j.getWorkspaceManager();
        for (MemoryWorkspace ws : new ArrayList<>(workspaces.getAllWorkspacesForCurrentThread())) {
            workspaces.destroyWorkspace(ws);
        }
    }

    private static void close(INDArray a) {
        if (a != null && a.closeable()) {
            a.close();
        }
    }
}
