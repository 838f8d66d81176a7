package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.SourceOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** How to read a folder source: numeric layout, label map, or labels CSV for an unlabelled folder. */
final class SourceMixin {
    @Option(names = "--layout", paramLabel = "<affectnet|fer2013>",
            description = "Meaning of numeric class folders: affectnet (0=neutral 1=happy 2=sad 3=surprise 4=fear 5=disgust 6=angry 7=contempt, skipped) or fer2013 (0=angry ... 6=neutral).")
    String layout;

    @Option(names = "--label-map", paramLabel = "<file>",
            description = "JSON {\"folder\": \"class\"|\"skip\"} or CSV folder,label mapping folder names to the 7 classes.")
    Path labelMap;

    @Option(names = "--labels", paramLabel = "<labels.csv>",
            description = "Labels CSV (file,label,...) for an unlabelled folder of images, e.g. from 'dataset label'.")
    Path labels;

    SourceOptions toSourceOptions() {
        return new SourceOptions(layout, labelMap, labels);
    }
}
