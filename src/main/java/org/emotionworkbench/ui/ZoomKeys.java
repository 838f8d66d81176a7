package org.emotionworkbench.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.emotionworkbench.ui.common.UiScale;

/**
 * The other keys for zooming, besides the View menu's accelerators (Ctrl+Plus, Ctrl+Minus, Ctrl+0): Ctrl+= (the
 * plus key without Shift on most keyboards) and the numeric keypad's +, − and 0.
 */
final class ZoomKeys {
    private ZoomKeys() {
    }

    /** Zooms and consumes the event when it is one of these keys with Ctrl (Cmd on macOS) held. */
    static void handle(KeyEvent e, UiScale scale) {
        if (!e.isShortcutDown() || e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.EQUALS || code == KeyCode.ADD) {
            scale.zoomIn();
        } else if (code == KeyCode.SUBTRACT) {
            scale.zoomOut();
        } else if (code == KeyCode.NUMPAD0) {
            scale.reset();
        } else {
            return;
        }
        e.consume();
    }
}
