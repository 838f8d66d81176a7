package org.emotionworkbench.ui.importing;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.keras.IsolatedKerasImport;
import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.ui.Screen;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.compare.SerialUi;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import dialog's state without a toolkit, on the real mini-Xception trained on FER2013 (../shared/models/keras):
 * what the file declares, why it cannot be imported yet, the preview under two orders and two scalings, and the run
 * folder Import writes. A single FX-like thread ({@link SerialUi}) runs every change, as the window would.
 */
class ImportModelViewModelTest {
    static final Path MINI = Path.of("../shared/models/keras/fer2013_mini_XCEPTION.00-0.47.hdf5").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    private final SerialUi ui = new SerialUi();
    private WorkbenchContext context;
    private ImportModelViewModel vm;

    @BeforeEach
    void open() throws Exception {
        context = ui.call(() -> new WorkbenchContext(ui, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache()));
        vm = ui.call(() -> new ImportModelViewModel(context));
    }

    @AfterEach
    void close() throws Exception {
        ui.run(vm::close);
        context.close();
        ui.close();
    }

    private void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + 90_000_000_000L;
        while (!ui.call(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what + "; problems: " + ui.call(() -> vm.problemsProperty().get())
                        + "; file error: " + ui.call(() -> vm.fileErrorProperty().get()) + "; preview: "
                        + ui.call(() -> vm.previewSummaryProperty().get()));
            }
            Thread.sleep(50);
        }
    }

    private <T> T get(Callable<T> c) throws Exception {
        return ui.call(c);
    }

    private List<Path> runFolders() throws Exception {
        Path runs = tmp.resolve("ws/runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(runs)) {
            return s.toList();
        }
    }

    @Test
    void declaredInfoThenTheMissingOrderThenThePreviewThenTheRunFolder() throws Exception {
        ui.run(() -> vm.fileProperty().set(MINI.toString()));
        waitFor("the file's info", () -> vm.infoProperty().get() != null);
        String declared = get(() -> vm.declaredProperty().get());
        assertTrue(declared.startsWith("Keras 2.0.5, tensorflow backend · functional model"), declared);
        assertTrue(declared.contains("input 64×64×1, channels last"), declared);
        assertTrue(declared.matches(".* · \\d+ layers · .*"), declared);
        assertEquals("64x64x1", get(() -> vm.inputSizeProperty().get()));
        assertFalse(get(() -> vm.inputEditableProperty().get()), "declared by the file: not editable");
        assertEquals("fer2013_mini_XCEPTION", get(() -> vm.runNameProperty().get()));
        assertEquals(tmp.resolve("ws/runs/fer2013_mini_XCEPTION").toAbsolutePath().normalize().toString(),
                get(() -> vm.runFolderProperty().get()));

        // no class order: Import is refused with the reason, and nothing is written
        String problem = get(() -> vm.problemsProperty().get());
        assertTrue(problem.startsWith("Choose the class order"), problem);
        assertFalse(get(() -> vm.canImportProperty().get()));
        assertNull(get(() -> vm.importRun()));
        assertEquals(problem, get(() -> vm.messageProperty().get()));
        assertEquals(List.of(), runFolders());

        // the model is imported once for the preview; with an order and a scaling the faces are labelled
        waitFor("the preview's import", () -> vm.outputsProperty().get() != null);
        assertEquals(7L, get(() -> vm.outputsProperty().get()));
        assertTrue(get(() -> vm.modelStatusProperty().get()).contains("58,423 parameters"));
        ui.run(() -> {
            vm.orderProperty().set(ImportModelViewModel.OrderChoice.FER2013);
            vm.scalingProperty().set(ImportModelViewModel.ScalingChoice.SYMMETRIC);
        });
        waitFor("the preview", () -> !vm.preview().isEmpty());
        List<PreviewFace> fer = get(() -> List.copyOf(vm.preview()));
        assertEquals(7 * ImportModelViewModel.SHOWN_PER_CLASS, fer.size(), "three faces of each of the sample data's classes");
        String summary = get(() -> vm.previewSummaryProperty().get());
        Matcher m = Pattern.compile("(\\d+) of (\\d+) faces agree with their folder labels").matcher(summary);
        assertTrue(m.find(), summary);
        assertEquals(7 * ImportModelViewModel.SCORED_PER_CLASS, Integer.parseInt(m.group(2)));
        assertTrue(summary.endsWith("faces from the sample data (test split)"), summary);
        for (PreviewFace f : fer) {
            assertEquals(f.predicted() == f.folderLabel(), f.agrees());
            assertTrue(f.probability() > 0 && f.probability() <= 1);
        }
        assertEquals("", get(() -> vm.problemsProperty().get()));

        // another order only relabels the same outputs: neutral, sad and surprise move, the probabilities stay
        ui.run(() -> vm.orderProperty().set(ImportModelViewModel.OrderChoice.ALPHABETICAL));
        List<PreviewFace> alpha = get(() -> List.copyOf(vm.preview()));
        assertEquals(fer.size(), alpha.size());
        for (int k = 0; k < fer.size(); k++) {
            assertEquals(fer.get(k).probability(), alpha.get(k).probability(), 1e-6f);
            assertEquals(ClassOrder.FER2013.indexOf(fer.get(k).predicted()),
                    ClassOrder.canonical().indexOf(alpha.get(k).predicted()), "the same output, named otherwise");
        }

        // another scaling feeds other inputs: recomputed
        ui.run(() -> vm.scalingProperty().set(ImportModelViewModel.ScalingChoice.UNIT));
        waitFor("the preview at [0, 1]", () -> !vm.preview().isEmpty() && vm.preview().get(0).probability() != alpha.get(0).probability());

        // a custom order: one picker per output, starting from FER2013's; a repeated emotion is refused
        ui.run(() -> vm.orderProperty().set(ImportModelViewModel.OrderChoice.CUSTOM));
        assertEquals(7, get(() -> vm.customOrder().size()));
        assertEquals(ClassOrder.FER2013, get(() -> vm.chosenOrder()));
        ui.run(() -> vm.customOrder().get(6).set(Emotion.ANGRY));
        problem = get(() -> vm.problemsProperty().get());
        assertEquals("The custom order names angry twice: each emotion at most once.", problem);
        assertTrue(get(() -> vm.preview().isEmpty()));
        ui.run(() -> vm.customOrder().get(6).set(Emotion.NEUTRAL));
        ui.run(() -> {
            vm.orderProperty().set(ImportModelViewModel.OrderChoice.FER2013);
            vm.scalingProperty().set(ImportModelViewModel.ScalingChoice.SYMMETRIC);
        });
        waitFor("Import to be possible", () -> vm.canImportProperty().get());

        // Import writes the run folder and selects the run on the Evaluation screen
        assertNotNull(get(() -> vm.importRun()));
        waitFor("the import", () -> vm.importedRunProperty().get() != null);
        Path run = get(() -> vm.importedRunProperty().get());
        assertEquals(tmp.resolve("ws/runs/fer2013_mini_XCEPTION").toAbsolutePath().normalize(), run);
        assertTrue(Files.isRegularFile(run.resolve(RunFolder.MODEL)));
        RunConfig config = RunConfig.read(run.resolve(RunFolder.CONFIG));
        assertTrue(config.wasImported());
        assertEquals(ClassOrder.FER2013, config.imported().classes());
        assertEquals(PixelScaling.SYMMETRIC, config.imported().input().scaling());
        assertEquals("fer2013_mini_XCEPTION.00-0.47.hdf5", config.imported().sourceFile());
        RunEntry selected = get(() -> context.selectedRunProperty().get());
        assertNotNull(selected);
        assertEquals(run, selected.dir());
        assertEquals("fer2013_mini_XCEPTION (Keras, imported)", selected.label());
        assertEquals(Screen.EVALUATION, get(() -> context.screenProperty().get()));
        assertTrue(get(() -> vm.messageProperty().get()).startsWith("Imported fer2013_mini_XCEPTION.00-0.47.hdf5 as run"));
        assertTrue(get(() -> vm.runFolderProperty().get()).endsWith("fer2013_mini_XCEPTION-2"), "the name is taken now");
    }

    @Test
    void aBadFileShowsTheEnginesOneLineMessageAndNothingIsWritten() throws Exception {
        Path fake = Files.writeString(tmp.resolve("model.h5"), "not a model");
        ui.run(() -> {
            vm.fileProperty().set(fake.toString());
            vm.orderProperty().set(ImportModelViewModel.OrderChoice.FER2013);
        });
        waitFor("the refusal", () -> !vm.fileErrorProperty().get().isEmpty());
        String error = get(() -> vm.fileErrorProperty().get());
        assertTrue(error.startsWith("model.h5 is not an HDF5 file"), error);
        assertFalse(error.contains("\n"), "one line");
        assertEquals(error, get(() -> vm.problemsProperty().get()));
        assertNull(get(() -> vm.importRun()));
        assertNull(get(() -> vm.infoProperty().get()));
        assertEquals(List.of(), runFolders());

        ui.run(() -> vm.fileProperty().set(tmp.resolve("missing.h5").toString()));
        waitFor("the next refusal", () -> vm.fileErrorProperty().get().startsWith("no such file"));
        assertEquals(List.of(), runFolders());
    }

    @Test
    void anImporterThatCrashesIsTheFilesOneLineErrorAndTheDialogStaysUsable() throws Exception {
        Path work = tmp.resolve("import-work");
        // a child JVM with too little heap that aborts (crash report and all) when it runs out
        IsolatedKerasImport crashing = new IsolatedKerasImport(work, List.of("-Xmx12m", "-XX:-ExitOnOutOfMemoryError",
                "-XX:+CrashOnOutOfMemoryError"));
        ImportModelViewModel crashed = ui.call(() -> new ImportModelViewModel(context, crashing));
        try {
            ui.run(() -> {
                crashed.fileProperty().set(MINI.toString());
                crashed.orderProperty().set(ImportModelViewModel.OrderChoice.FER2013);
            });
            waitFor("the crash", () -> !crashed.fileErrorProperty().get().isEmpty());
            String error = get(() -> crashed.fileErrorProperty().get());
            assertTrue(error.startsWith("Importing fer2013_mini_XCEPTION.00-0.47.hdf5 failed inside the isolated importer: "
                    + "it ran out of memory (exit "), error);
            assertTrue(error.endsWith("— the workbench is unaffected"), error);
            assertFalse(error.contains("\n"), "one line");
            assertEquals(error, get(() -> crashed.problemsProperty().get()));
            assertEquals("", get(() -> crashed.modelStatusProperty().get()), "not stuck importing");
            assertNull(get(() -> crashed.importRun()), "Import refuses, with the reason");
            assertEquals(error, get(() -> crashed.messageProperty().get()));
            assertEquals(List.of(), runFolders());
            try (Stream<Path> left = Files.list(work)) {
                assertEquals(List.of(), left.toList(), "no temporary folder left");
            }

            // the same dialog goes on: another file gets its own answer
            Path fake = Files.writeString(tmp.resolve("other.h5"), "not a model");
            ui.run(() -> crashed.fileProperty().set(fake.toString()));
            waitFor("the next file's refusal", () -> crashed.fileErrorProperty().get().startsWith("other.h5 is not an HDF5 file"));
            assertEquals(List.of(), runFolders());
        } finally {
            ui.run(crashed::close);
        }
    }

    @Test
    void facesArePickedEvenlyPerClassAndTheSummaryCountsAgreement() {
        List<Sample> pool = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pool.add(new Sample("f" + i, i < 40 ? Emotion.HAPPY : Emotion.SAD, new float[ImageGeometry.PIXELS]));
        }
        List<Sample> picked = ImportModelViewModel.pick(pool, 4);
        assertEquals(List.of("f0", "f10", "f20", "f30", "f40", "f42", "f45", "f47"), picked.stream().map(Sample::source).toList());
        List<PreviewFace> faces = List.of(new PreviewFace(picked.get(0), Emotion.HAPPY, 0.9f),
                new PreviewFace(picked.get(4), Emotion.NEUTRAL, 0.6f), new PreviewFace(picked.get(5), Emotion.NEUTRAL, 0.5f),
                new PreviewFace(picked.get(1), Emotion.SURPRISE, 0.4f));
        assertEquals("1 of 4 faces agree with their folder labels (25 %) · most often sad taken for neutral (2) · "
                + "faces from x", ImportModelViewModel.summary(faces, "x"));
    }
}
