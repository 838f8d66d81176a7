package org.emotionworkbench.dataset;

import java.util.Locale;

/**
 * How {@link Augmenter} fills pixels whose source coordinates fall outside the image, after Keras'
 * {@code fill_mode} (which is handed to {@code scipy.ndimage.affine_transform}'s {@code mode}).
 * Input {@code abcd}:
 * <ul>
 *   <li>{@link #NEAREST}: {@code aaaa|abcd|dddd} (Keras' default; exact match with scipy);</li>
 *   <li>{@link #CONSTANT}: {@code kkkk|abcd|kkkk} with {@code cval}; a point outside {@code [0, n-1]} gets
 *       {@code cval}, no interpolation across the edge (scipy's {@code 'constant'});</li>
 *   <li>{@link #REFLECT}: {@code dcba|abcd|dcba}, half-sample symmetric (scipy's {@code 'reflect'});</li>
 *   <li>{@link #WRAP}: {@code abcd|abcd|abcd} with period n (scipy's {@code 'grid-wrap'}; scipy's legacy
 *       {@code 'wrap'} overlaps the first and last sample, a sub-pixel difference we do not reproduce).</li>
 * </ul>
 * {@code REFLECT} and {@code WRAP} map the two bilinear neighbours' indices, so they agree with scipy at
 * integer coordinates and may differ from it by sub-pixel amounts near the border.
 */
public enum FillMode {
    NEAREST, CONSTANT, REFLECT, WRAP;

    /** Parses Keras' spelling ({@code "nearest"}, {@code "constant"}, {@code "reflect"}, {@code "wrap"}). */
    public static FillMode fromKerasName(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (FillMode m : values()) {
            if (m.kerasName().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown fill mode '" + name + "', expected one of nearest, constant, reflect, wrap");
    }

    /** Keras' lower-case name of this mode. */
    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
