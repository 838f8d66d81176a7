package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.ui.WorkbenchContext;

import java.nio.file.Path;

/**
 * The Datasets screen's view models and how they follow each other: the context's dataset feeds the overview, the
 * faces and the split preview; the preparation edits the context and feeds the preview and the augmentation
 * preview; the selected face is the one augmented; matching draws from the dataset as the user opened it.
 */
public final class DatasetsViewModel {
    private final WorkbenchContext context;
    private final OpenDatasetViewModel open;
    private final OverviewViewModel overview = new OverviewViewModel();
    private final FaceGridViewModel faces = new FaceGridViewModel();
    private final PreparationViewModel preparation;
    private final PreparationPreviewModel preview;
    private final AugmentationPreviewViewModel augmentation = new AugmentationPreviewViewModel();
    private final MatchingViewModel matching;
    private final LabellingViewModel labelling;

    public DatasetsViewModel(WorkbenchContext context) {
        this.context = context;
        this.open = new OpenDatasetViewModel(context);
        this.preparation = new PreparationViewModel(context);
        this.preview = new PreparationPreviewModel(context.tasks(), spec -> context.labelMaps().optionsFor(spec));
        this.matching = new MatchingViewModel(context.tasks(), this::matchSource, this::datasetsDir,
                spec -> context.labelMaps().optionsFor(spec), context.errors()::report);
        this.labelling = new LabellingViewModel(context.tasks(), context.loadOptions(), datasetsDir());

        context.datasetProperty().addListener((o, a, ds) -> showDataset(ds));
        context.preparationProperty().addListener((o, a, p) -> updatePreview());
        augmentation.optionsProperty().bind(preparation.rangesProperty());
        faces.selectedProperty().addListener((o, a, f) -> {
            if (f != null) {
                augmentation.faceProperty().set(f);
            }
        });
        open.openedProperty().addListener((o, a, opened) -> {
            if (opened != null) {
                overview.rename(OpenDatasetViewModel.displayName(Path.of(opened.spec())));
                SourceOptions s = opened.source();
                if (s.labels() != null) {
                    labelling.imagesFolderProperty().set(opened.spec());
                    labelling.labelsFileProperty().set(s.labels().toString());
                }
            }
        });
        showDataset(context.datasetProperty().get());
    }

    private void showDataset(LoadedDataset ds) {
        DatasetOpener.Opened o = open.openedProperty().get();
        String name = o != null && o.dataset() == ds ? OpenDatasetViewModel.displayName(Path.of(o.spec()))
                : ds == null ? "" : OpenDatasetViewModel.displayName(ds.root());
        overview.show(ds, name);
        faces.show(ds);
        augmentation.faceProperty().set(faces.shown().isEmpty() ? null : faces.shown().get(0));
        updatePreview();
    }

    private void updatePreview() {
        preview.update(context.datasetProperty().get(), context.datasetSpecProperty().get(),
                context.preparationProperty().get());
    }

    /** The dataset as the user opened it (spec and options), for matching. */
    private MatchingViewModel.Source matchSource() {
        DatasetOpener.Opened o = open.openedProperty().get();
        if (o != null && o.dataset() == context.datasetProperty().get()) {
            return new MatchingViewModel.Source(o.spec(), o.source(), OpenDatasetViewModel.displayName(Path.of(o.spec())));
        }
        String spec = context.datasetSpecProperty().get();
        if (spec == null || context.datasetProperty().get() == null) {
            return null;
        }
        return new MatchingViewModel.Source(spec, context.datasetSourceProperty().get(),
                OpenDatasetViewModel.displayName(Path.of(spec)));
    }

    public Path datasetsDir() {
        return context.workspace().root().resolve(DatasetOpener.DATASETS_FOLDER);
    }

    /** Picks a random face of those shown for the augmentation preview. */
    public void randomFace() {
        var shown = faces.shown();
        if (!shown.isEmpty()) {
            augmentation.faceProperty().set(shown.get(new java.util.SplittableRandom().nextInt(shown.size())));
        }
    }

    public WorkbenchContext context() {
        return context;
    }

    public OpenDatasetViewModel open() {
        return open;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public FaceGridViewModel faces() {
        return faces;
    }

    public PreparationViewModel preparation() {
        return preparation;
    }

    public PreparationPreviewModel preview() {
        return preview;
    }

    public AugmentationPreviewViewModel augmentation() {
        return augmentation;
    }

    public MatchingViewModel matching() {
        return matching;
    }

    public LabellingViewModel labelling() {
        return labelling;
    }
}
