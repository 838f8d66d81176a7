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
 * The window's content: one tab a screen, following (and setting) the context's current screen; a status bar.
 * After the first switch of tabs only the selected tab holds its screen's view: the others' views are kept (with all
 * their state) but out of the scene graph, so that every pulse walks one screen's nodes (≈ 540 on Training), not all
 * six screens' (≈ 3,300): the bounds pass visits each of them whenever anything changes, e.g. 15 times a second while
 * training.
 */
public final class MainView extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final Map<Screen, Tab> tabOf = new EnumMap<>(Screen.class);
    private final Map<Tab, javafx.scene.Node> viewOf = new java.util.HashMap<>();

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

        tabs.getSelectionModel().select(tabOf.get(context.screenProperty().get()));
        // until the first switch every tab holds its view, so that all of them are styled and laid out once with
        // the window (opening a never-styled screen later cost 70–220 ms of CSS + layout, a styled one 50–90 ms once,
        // then 10–35 ms)
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            showOnly(tab);
            context.screenProperty().set((Screen) tab.getUserData());
        });
        context.screenProperty().addListener((o, a, s) -> tabs.getSelectionModel().select(tabOf.get(s)));
    }

    /** Puts the selected tab's view into the scene and takes every other tab's out. */
    private void showOnly(Tab selected) {
        for (Tab t : tabs.getTabs()) {
            t.setContent(t == selected ? viewOf.get(t) : null);
        }
    }

    private void add(Screen screen, javafx.scene.Node content) {
        Tab tab = new Tab(screen.title(), content);
        viewOf.put(tab, content);
        tab.setId("tab-" + screen.name().toLowerCase());
        tab.setUserData(screen);
        tabOf.put(screen, tab);
        tabs.getTabs().add(tab);
    }

    public TabPane tabs() {
        return tabs;
    }
}
