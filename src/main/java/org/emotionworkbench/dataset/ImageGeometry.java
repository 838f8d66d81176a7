package org.emotionworkbench.dataset;

/** The network input: one gray channel of SIDE×SIDE pixels (FER2013's size). */
public final class ImageGeometry {
    public static final int SIDE = 48;
    public static final int PIXELS = SIDE * SIDE;

    private ImageGeometry() {
    }
}
