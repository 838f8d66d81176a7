package org.emotionworkbench.ui.training;

import java.awt.Desktop;
import java.net.URI;

/** Opens a web address in the user's browser; answers false where it cannot (headless, no desktop support). */
@FunctionalInterface
public interface BrowserOpener {
    /** Called off the UI thread (a browser may take a moment to answer). */
    boolean open(String url);

    /** java.awt.Desktop's browse, where the platform supports it. */
    BrowserOpener DESKTOP = url -> {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return true;
            }
        } catch (Exception | LinkageError e) {
            return false;
        }
        return false;
    };
}
