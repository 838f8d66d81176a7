package org.emotionworkbench.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.emotionworkbench.ui.compare.CompareView;
import org.emotionworkbench.lesson.PreparedLesson;
import org.emotionworkbench.study.StudySummary;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.compare.StudyViewModel;
import org.emotionworkbench.ui.datasets.DatasetsView;
import org.emotionworkbench.ui.evaluation.EvaluationView;
import org.emotionworkbench.ui.explain.ExplainView;
import org.emotionworkbench.ui.model.ModelView;
import org.emotionworkbench.ui.training.TrainingView;

import java.util.EnumMap;
import java.util.Map;

/**
 * The window's content: one tab a screen, following (and setting) the context's current screen; a status bar; a
 * notice of what the start skipped, when it skipped anything. Its
 * font size follows the context's UI scale (presentation mode).
 */
public final class MainView extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final Map<Screen, Tab> tabOf = new EnumMap<>(Screen.class);

    public MainView(WorkbenchContext context) {
        setId("main-view");
        tabs.setId("screens");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        DatasetsView datasets = new DatasetsView(context);
        add(Screen.DATASETS, datasets);
        add(Screen.MODEL, new ModelView(context));
        add(Screen.TRAINING, new TrainingView(context));
        add(Screen.EVALUATION, new EvaluationView(context));
        add(Screen.EXPLAIN, new ExplainView(context));
        CompareView compare = new CompareView(context);
        add(Screen.COMPARE, compare);
        WorkbenchMenu menu = new WorkbenchMenu(context, prepared -> runLesson(context, compare, prepared), folder -> {
            context.screenProperty().set(Screen.DATASETS);
            datasets.viewModel().open().pathProperty().set(folder.toString());
            datasets.viewModel().open().open();
        });
        setTop(new javafx.scene.layout.VBox(menu, new StartupNotice(context, () -> menu.chooseWorkspace(context))));
        setCenter(tabs);
        setBottom(new StatusBar(context));
        styleProperty().bind(context.uiScale().rootStyleBinding());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> ZoomKeys.handle(e, context.uiScale()));

        tabs.getSelectionModel().select(tabOf.get(context.screenProperty().get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) ->
                context.screenProperty().set((Screen) tab.getUserData()));
        context.screenProperty().addListener((o, a, s) -> tabs.getSelectionModel().select(tabOf.get(s)));
    }

    /** A prepared lesson runs in the Study pane of the Compare screen, which shows its progress and summary. */
    static void runLesson(WorkbenchContext context, CompareView compare, PreparedLesson prepared) {
        context.screenProperty().set(Screen.COMPARE);
        compare.showStudyTab();
        compare.viewModel().study().specFileProperty().set(prepared.specFile().toString());
        compare.viewModel().study().outDirProperty().set(prepared.studyDir().toString());
        StudyViewModel study = compare.viewModel().study();
        // once the study is summarised, the lesson's hand-out report is written beside it, as `lesson run` does
        study.summaryProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends StudySummary> o, StudySummary a,
                                StudySummary summary) {
                if (summary == null || !prepared.studyDir().equals(study.studyDirProperty().get())) {
                    return;
                }
                study.summaryProperty().removeListener(this);
                context.tasks().submit(BackgroundTask.of("Writing the lesson's report", p -> prepared.writeReport(summary))
                        .onFailure(t -> context.errors().report("Writing " + prepared.out().resolve(PreparedLesson.REPORT), t)));
            }
        });
        study.run();
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
