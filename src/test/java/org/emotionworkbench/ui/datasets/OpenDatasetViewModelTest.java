package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenDatasetViewModelTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;
    private OpenDatasetViewModel vm;

    @BeforeEach
    void setUp() {
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache());
        vm = new OpenDatasetViewModel(context);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    /** Sample faces in Indonesian class folders (marah, senang, sedih), flat, and a label map for them. */
    private Path indonesianFolder() throws Exception {
        Path gen = tmp.resolve("gen");
        SampleDataGenerator.generate(gen, 3, 0, 1);
        Path root = tmp.resolve("indo");
        Files.createDirectories(root);
        Files.move(gen.resolve("train/angry"), root.resolve("marah"));
        Files.move(gen.resolve("train/happy"), root.resolve("senang"));
        Files.move(gen.resolve("train/sad"), root.resolve("sedih"));
        return root;
    }

    private static void await(BackgroundTask<?> t) throws Exception {
        try {
            t.future().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            // failures and cancels are reported through the view model
        }
    }

    @Test
    void badRequestsGetAMessageAndNothingLoads() throws Exception {
        assertFalse(vm.open());
        assertEquals("Enter a dataset: a folder, a FER2013 .csv or a manifest .json.", vm.messageProperty().get());
        vm.pathProperty().set(tmp.resolve("missing").toString());
        assertFalse(vm.open());
        assertTrue(vm.messageProperty().get().startsWith("dataset not found: "), vm.messageProperty().get());
        vm.pathProperty().set(tmp.toString());
        vm.source().layoutProperty().set("affectnet");
        vm.source().labelMapProperty().set("map.json");
        assertFalse(vm.open());
        assertTrue(vm.messageProperty().get().startsWith("Give only one of layout, label map and labels CSV"));
        vm.source().layoutProperty().set(SourceOptionsModel.NO_LAYOUT);
        assertFalse(vm.open());
        assertTrue(vm.messageProperty().get().startsWith("Label map not found: "));
        Path csv = Files.writeString(tmp.resolve("fer.csv"), "emotion,pixels,Usage\n");
        vm.source().labelMapProperty().set("");
        vm.source().layoutProperty().set("fer2013");
        vm.pathProperty().set(csv.toString());
        assertFalse(vm.open());
        assertTrue(vm.messageProperty().get().startsWith("Layout, label map and labels CSV apply to folders only"));
        assertNull(context.datasetProperty().get());
    }

    @Test
    void aFolderOpenedWithALabelMapIsWrittenAsAManifestThatTrainingCanLoadWithDefaults() throws Exception {
        Path root = indonesianFolder();
        Path map = Files.writeString(tmp.resolve("indo.json"),
                "{\"marah\":\"angry\",\"netral\":\"neutral\",\"sedih\":\"sad\",\"senang\":\"happy\",\"terkejut\":\"surprise\"}");
        vm.pathProperty().set(root.toString());
        vm.source().labelMapProperty().set(map.toString());
        assertTrue(vm.open());
        // the task is the latest one the runner started
        waitUntilLoaded();
        LoadedDataset ds = context.datasetProperty().get();
        assertEquals(9, ds.train().size());
        String spec = context.datasetSpecProperty().get();
        assertTrue(spec.startsWith(tmp.resolve("ws/datasets/map-indo-").toString()) && spec.endsWith("/indo.json"), spec);
        assertTrue(context.datasetSourceProperty().get().isDefault());
        assertEquals(root.toString(), vm.openedProperty().get().spec(), "the user's path is kept");
        assertEquals(root.toString(), vm.pathProperty().get());
        assertTrue(vm.infoProperty().get().contains("Training uses the manifest " + spec), vm.infoProperty().get());
        LoadedDataset again = DataSources.load(spec, LoadOptions.defaults().withoutCache());
        assertEquals(3, again.report().count(DataSplit.TRAIN, Emotion.SURPRISE) + again.report().count(DataSplit.TRAIN, Emotion.SAD));
        assertEquals(3, again.report().count(DataSplit.TRAIN, Emotion.ANGRY));
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void aFolderWithDefaultOptionsIsUsedAsItIs() throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 2, 1, 1);
        vm.pathProperty().set(root.toString());
        assertTrue(vm.open());
        waitUntilLoaded();
        assertEquals(root.toString(), context.datasetSpecProperty().get());
        assertFalse(Files.exists(tmp.resolve("ws/datasets")));
    }

    @Test
    void aCancelledLoadIsNotAnErrorAndKeepsThePreviousDataset() throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 20, 0, 1);
        BackgroundTask<?> t = vm.open(root, SourceOptions.defaults());
        vm.cancel();
        await(t);
        assertNull(context.datasetProperty().get());
        assertTrue(context.errors().entries().isEmpty(), "a cancel is not an error");
        assertEquals("Loading cancelled; the dataset shown before is kept.", vm.messageProperty().get());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void aFolderWithMoreImagesThanTheBudgetIsRefusedWithWhatToDoAndKeepsThePreviousDataset() throws Exception {
        Path faces = tmp.resolve("faces");
        SampleDataGenerator.generate(faces, 1, 0, 1); // 7 faces, within the budget
        Path big = Files.createDirectories(tmp.resolve("big/happy"));
        for (int i = 0; i < 11; i++) {
            Files.write(big.resolve("f" + i + ".png"), new byte[]{1, 2, 3});
        }
        context.close();
        context = new WorkbenchContext(UiExecutor.DIRECT, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache().withBudget(new org.emotionworkbench.dataset.LoadBudget(
                        10 * org.emotionworkbench.dataset.LoadBudget.BYTES_PER_IMAGE, "a test budget", 0)));
        vm = new OpenDatasetViewModel(context);
        await(vm.open(faces, SourceOptions.defaults()));
        LoadedDataset before = context.datasetProperty().get();
        assertEquals(7, before.train().size());
        await(vm.open(big.getParent(), SourceOptions.defaults()));
        String m = vm.messageProperty().get();
        assertTrue(m.startsWith("Could not open " + big.getParent()) && m.contains("holds 11 images")
                && m.contains("room for 10 images") && m.contains("dataset manifest"), m);
        assertEquals(before, context.datasetProperty().get(), "the dataset shown before is kept");
        assertEquals(1, context.errors().entries().size());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void addToComparisonCountsWithoutChangingTheDataset() throws Exception {
        Path root = tmp.resolve("other");
        SampleDataGenerator.generate(root, 2, 1, 1);
        vm.pathProperty().set(root.toString());
        List<ComparisonEntry> added = new ArrayList<>();
        assertTrue(vm.addToComparison(added::add));
        for (int i = 0; i < 200 && added.isEmpty(); i++) {
            Thread.sleep(25);
        }
        assertEquals("other", added.get(0).name());
        assertEquals(21, added.get(0).counts().total());
        assertNull(context.datasetProperty().get());
    }

    private void waitUntilLoaded() throws InterruptedException {
        for (int i = 0; i < 600 && (vm.loadingProperty().get() || context.datasetProperty().get() == null); i++) {
            Thread.sleep(50);
            if (!vm.messageProperty().get().isEmpty()) {
                throw new AssertionError(vm.messageProperty().get());
            }
        }
        assertTrue(context.datasetProperty().get() != null, "loaded");
    }

    @Test
    void aDatasetOpenedElsewhereShowsInTheFields() throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 1, 1, 1);
        BackgroundTask<?> t = new DatasetOpener(context).open(root, SourceOptions.defaults(), ds -> {
        });
        t.future().get(30, TimeUnit.SECONDS);
        assertEquals(root.toString(), vm.pathProperty().get());
        assertEquals("Opened " + root, vm.infoProperty().get());
    }
}
