package org.emotionworkbench.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.compare.CompareView;
import org.emotionworkbench.ui.datasets.DatasetsView;
import org.emotionworkbench.ui.evaluation.EvaluationView;
import org.emotionworkbench.ui.explain.ExplainView;
import org.emotionworkbench.ui.model.ModelView;
import org.emotionworkbench.ui.training.TrainingView;

import java.util.EnumMap;
import java.util.Map;

/**
 * The window's content: one tab a screen, following (and setting) the context's current screen; a status bar. Its
 * font size follows the context's UI scale (presentation mode).
 */
public final class MainView extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final Map<Screen, Tab> tabOf = new EnumMap<>(Screen.class);

    public MainView(WorkbenchContext context) {
        setId("main-view");
        tabs.setId("screens");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add(Screen.DATASETS, new DatasetsView(context));
        add(Screen.MODEL, new ModelView(context));
        add(Screen.TRAINING, new TrainingView(context));
        add(Screen.EVALUATION, new EvaluationView(context));
        add(Screen.EXPLAIN, new ExplainView(context));
        add(Screen.COMPARE, new CompareView(context));
        setTop(new WorkbenchMenu(context));
        setCenter(tabs);
        setBottom(new StatusBar(context));
        styleProperty().bind(context.uiScale().rootStyleBinding());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> ZoomKeys.handle(e, context.uiScale()));

        tabs.getSelectionModel().select(tabOf.get(context.screenProperty().get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) ->
                context.screenProperty().set((Screen) tab.getUserData()));
        context.screenProperty().addListener((o, a, s) -> tabs.getSelectionModel().select(tabOf.get(s)));
    }

    private void add(Screen screen, javafx.scene.Node content) {
        Tab tab = new Tab(screen.title(), content);
        tab.setId("tab-" + screen.name().toLowerCase());
        tab.setUserData(screen);
        tabOf.put(screen, tab);
        tabs.getTabs().add(tab);
    }

    public TabPane tabs() {
        return tabs;
    }
}
