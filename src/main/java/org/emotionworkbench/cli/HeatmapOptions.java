package org.emotionworkbench.cli;

import org.emotionworkbench.explain.HeatmapMethod;
import org.emotionworkbench.explain.render.Colormap;
import org.emotionworkbench.explain.render.HeatmapRenderer;
import picocli.CommandLine.Option;

/** Options shared by the heatmap commands: method, layer, colormap, opacity, scale. */
final class HeatmapOptions {
    @Option(names = "--method", defaultValue = "gradcam", paramLabel = "gradcam|gradcam++|scorecam",
            description = "Heatmap method. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--layer", paramLabel = "<name>",
            description = "Convolution layer to explain (e.g. conv2d_3). Default: the last convolution layer.")
    String layer;

    @Option(names = "--colormap", defaultValue = "jet", paramLabel = "jet|viridis|inferno",
            description = "Colormap of the overlays. Default: ${DEFAULT-VALUE}.")
    String colormap;

    @Option(names = "--opacity", defaultValue = "0.5", description = "Heatmap opacity over the face, 0..1. Default: ${DEFAULT-VALUE}.")
    double opacity;

    @Option(names = "--scale", defaultValue = "4", description = "Pixels per input pixel in the PNGs. Default: ${DEFAULT-VALUE}.")
    int scale;

    HeatmapMethod method() {
        return HeatmapMethod.parse(method);
    }

    HeatmapRenderer renderer() {
        return new HeatmapRenderer(Colormap.parse(colormap), opacity, scale);
    }
}
