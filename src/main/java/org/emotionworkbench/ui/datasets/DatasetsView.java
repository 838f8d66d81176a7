package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.ui.common.Stylesheet;
import org.emotionworkbench.ui.common.ScaledWidths;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.ui.WorkbenchContext;


/**
 * The Datasets screen: on the left, open a dataset (with folder options) and set how it is prepared for training; in
 * the centre, tabs for the class chart and load report, the faces, augmentation previews, count matching and
 * labelling. Thin: every part binds to {@link DatasetsViewModel}.
 */
public final class DatasetsView extends BorderPane {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final DatasetsViewModel vm;
    private final TabPane tabs = new TabPane();

    public DatasetsView(WorkbenchContext context) {
        this.vm = new DatasetsViewModel(context);
        setId("datasets-view");
        getStylesheets().add(Stylesheet.DATASETS.url());

        VBox left = new VBox(8, new OpenDatasetPanel(vm.open(), vm.overview()), new Separator(),
                new PreparationPanel(vm.preparation(), vm.preview()));
        left.setPadding(new Insets(8));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        ScaledWidths.prefWidth(leftScroll, 400);
        leftScroll.setMinWidth(360);
        leftScroll.setId("datasets-left");

        tabs.setId("datasets-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab augmentation = tab("augmentation", "Augmentation", new AugmentationTab(vm.augmentation(), vm::randomFace));
        tabs.getTabs().addAll(
                tab("overview", "Overview", new OverviewTab(vm.overview())),
                tab("faces", "Faces", new FacesTab(vm.faces(), () -> tabs.getSelectionModel().select(augmentation))),
                augmentation,
                tab("matching", "Matching", new MatchingTab(vm.matching(), vm.overview(),
                        p -> vm.open().open(p, SourceOptions.defaults()))),
                tab("labelling", "Labelling", new LabellingTab(vm.labelling(), context.runs().runs(),
                        r -> vm.open().open(r.path(), r.source()))));
        setLeft(leftScroll);
        setCenter(tabs);
        // the label-map editor takes the tabs' place while it is open
        vm.open().labelMapEditorProperty().addListener((o, a, editor) ->
                setCenter(editor == null ? tabs : new LabelMapEditorPane(editor, vm.open())));
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId("datasets-tab-" + id);
        return t;
    }

    /** The screen's view model (tests and the lead's end-to-end test use it). */
    public DatasetsViewModel viewModel() {
        return vm;
    }

    public TabPane tabs() {
        return tabs;
    }
}
