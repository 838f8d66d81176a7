package org.emotionworkbench.ui.tour;

import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

import java.util.Optional;

/** {@code screenshots --about}: the window over the sample data, Help → About once its facts are in: about.png. */
public final class AboutTour {
    private AboutTour() {
    }

    public static void run(ScreenshotTour.Options o) throws Exception {
        ScreenshotTour.inWindow(o, (opts, ctx, fx) -> {
            FxSteps.onFx(() -> ((MenuBar) fx.scene().getRoot().lookup("#menu-bar")).getMenus().stream()
                    .flatMap(m -> m.getItems().stream()).filter(i -> "menu-about".equals(i.getId())).findFirst()
                    .orElseThrow().fire());
            FxSteps.waitUntil("the About facts", 120, () -> FxSteps.onFx(() -> facts()
                    .map(t -> t.getText().contains("Licences and sources")).orElse(false)));
            Scene about = FxSteps.onFx(() -> facts().orElseThrow().getScene());
            new FxSteps(about).snapshot(opts.out().resolve("about.png"));
            FxSteps.onFx(() -> about.getWindow().hide());
        });
    }

    private static Optional<TextInputControl> facts() {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(s -> s != null && s.getRoot().lookup("#about-facts") != null)
                .map(s -> (TextInputControl) s.getRoot().lookup("#about-facts")).findFirst();
    }
}
