package org.emotionworkbench.explain;

import java.util.List;
import java.util.Locale;

/** A way to turn a network's view of a batch of images into one heatmap per image for a chosen class. */
public interface HeatmapMethod {
    /** Short name as the CLI spells it: gradcam, gradcam++, scorecam. */
    String name();

    List<Explanation> explain(CamNetwork network, float[][] images, CamNetwork.ClassChoice choice);

    static HeatmapMethod parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "gradcam", "grad-cam" -> new GradCam();
            case "gradcam++", "grad-cam++", "gradcampp" -> new GradCamPlusPlus();
            case "scorecam", "score-cam" -> new ScoreCam();
            default -> throw new IllegalArgumentException("unknown heatmap method '" + name
                    + "'; use gradcam, gradcam++ or scorecam");
        };
    }
}
