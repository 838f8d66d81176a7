package org.emotionworkbench.run;

import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.keras.KerasFileInfo;
import org.emotionworkbench.model.keras.IsolatedKerasImport;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.model.keras.KerasImportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Turns a model trained elsewhere into an ordinary run folder: model.zip (the DL4J form of the imported network) and
 * config.json (with the {@link ImportedModel} record), so that evaluation, explanation, comparison and studies open it
 * like a trained run. The file is imported and checked before anything is written; a failure leaves no folder behind.
 */
public final class ModelImport {
    private ModelImport() {
    }

    /** The run folder written, and the imported model (open; the caller closes it). */
    public record Result(RunFolder run, LoadedModel model, ImportedModel record) {
    }

    public static Result importKeras(Path h5, KerasImport.Options options, Path runDir, boolean overwrite)
            throws KerasImportException, IOException {
        return importKeras(IsolatedKerasImport.standard(), h5, options, runDir, overwrite);
    }

    /**
     * Imports {@code h5} with {@code importer} (in a child JVM: a crash there ends only the child, and is reported as
     * a {@link KerasImportException}) and writes the run folder; nothing is written when the import fails.
     */
    public static Result importKeras(IsolatedKerasImport importer, Path h5, KerasImport.Options options, Path runDir,
                                     boolean overwrite) throws KerasImportException, IOException {
        RunFolder.checkNew(runDir, overwrite); // before the slow part: a taken folder is refused at once
        KerasImport.Imported imported = importer.read(h5, options);
        try {
            return write(imported, runDir, overwrite);
        } catch (IOException | RuntimeException e) {
            imported.model().close();
            throw e;
        }
    }

    /**
     * Writes a model already imported (an import dialog's previewed one, say) as a run folder. The caller still owns
     * {@code imported.model()} (the result's model is the same one). A failure leaves no folder behind.
     *
     * @throws IllegalArgumentException when {@code runDir} is a file, or a non-empty folder and not {@code overwrite}
     */
    public static Result write(KerasImport.Imported imported, Path runDir, boolean overwrite) throws IOException {
        LoadedModel model = imported.model();
        boolean created = !Files.exists(runDir);
        try {
            KerasFileInfo src = imported.source();
            ImportedModel record = new ImportedModel(ImportedModel.KERAS, src.fileName(), src.sha256(), src.bytes(),
                    src.kerasVersion(), src.backend(), src.modelClass(), model.isGraph(), model.input(),
                    model.classes(), model.parameterCount(), imported.separableSplit(),
                    Instant.now().toString(), src.nonTrainableLayers());
            RunFolder run = RunFolder.createNew(runDir, overwrite);
            AtomicFiles.write(run.file(RunFolder.MODEL), tmp -> ModelSerializer.writeModel(model.model(), tmp.toFile(), false));
            run.writeString(RunFolder.CONFIG, RunConfig.imported(record).toJson());
            return new Result(run, model, record);
        } catch (IOException | RuntimeException e) {
            if (created) {
                try {
                    RunDeletion.deleteTree(runDir);
                } catch (IOException suppressed) { // a half-written folder the user can delete
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }
}
