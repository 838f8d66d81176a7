package org.emotionworkbench.ui.datasets;

import javafx.scene.image.Image;
import org.emotionworkbench.ui.common.FaceImages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JavaFX images of faces, made when a grid cell first shows a face and kept for the most recently shown
 * {@code capacity} faces (keyed on the pixel array itself, so two datasets never mix). A 48×48 image is ≈ 9 KiB, so
 * the default 2,000 keep ≈ 18 MiB whatever the dataset size. Use on the FX thread only.
 */
final class FaceImageCache {
    static final int DEFAULT_CAPACITY = 2000;
    private final Map<float[], Image> images;

    FaceImageCache(int capacity) {
        this.images = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<float[], Image> eldest) {
                return size() > capacity;
            }
        };
    }

    Image get(float[] pixels) {
        return images.computeIfAbsent(pixels, p -> FaceImages.gray(p, 1));
    }

    int size() {
        return images.size();
    }
}
