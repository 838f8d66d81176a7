package org.emotionworkbench.ui.common;

import javafx.scene.layout.Region;

import java.util.Locale;

/** Preferred widths given in pixels at 100 % and set in em, so that side panes grow with presentation mode. */
public final class ScaledWidths {
    private ScaledWidths() {
    }

    /** Sets {@code region}'s preferred width to {@code pxAt100} at 100 %, scaled with the root font. */
    public static <R extends Region> R prefWidth(R region, double pxAt100) {
        region.setStyle(String.format(Locale.ROOT, "-fx-pref-width: %.2fem;", pxAt100 / UiScale.BASE_FONT_PX));
        return region;
    }
}
