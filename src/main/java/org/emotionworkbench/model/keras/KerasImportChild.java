package org.emotionworkbench.model.keras;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.util.ModelSerializer;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.platform.SerializationFilter;

import java.nio.file.Path;

/**
 * The child JVM's side of {@link IsolatedKerasImport}: the only code that hands an untrusted HDF5 file to the native
 * HDF5 library. {@code describe <file.h5> <outDir>} writes {@value #REPORT} with what the file declares;
 * {@code import <file.h5> <outDir> [HxWxC]} also imports the model (separable convolutions split) and writes it as
 * an ordinary DL4J model zip, {@value #MODEL}. A file that cannot be imported gives a report with the one-line reason
 * and exit status 0; any other exit status, or no report, means the child failed.
 *
 * <p>Public only because the {@code java} launcher must be able to start it.
 */
public final class KerasImportChild {
    static final String REPORT = "report.json";
    static final String MODEL = "model.zip";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the child found: the file's description and, after an import, how many separable convolutions it split;
     * or the reason the file was refused.
     */
    record Report(KerasFileInfo info, Integer separableSplit, String refused) {
    }

    private KerasImportChild() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) { // exit now: ND4J's threads would keep the JVM up after an uncaught error
            t.printStackTrace();
            System.exit(70);
        }
        System.exit(0); // ND4J's threads would otherwise keep the child up
    }

    private static void run(String[] args) throws Exception {
        if (args.length < 3 || !(args[0].equals("describe") || args[0].equals("import"))) {
            System.err.println("usage: describe|import <file.h5> <outDir> [HxWxC]");
            System.exit(64);
        }
        SerializationFilter.install();
        Path file = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int[] size = args.length > 3 ? InputSpec.parseSize(args[3]) : null;
        Report report;
        try {
            report = args[0].equals("describe") ? new Report(KerasFileInfo.readHere(file), null, null)
                    : importTo(file, size, out.resolve(MODEL));
        } catch (KerasImportException e) {
            report = new Report(null, null, e.getMessage());
        } catch (Exception e) { // DL4J failing on a file in a way the importer does not foresee: still one line
            String m = String.valueOf(e.getMessage());
            report = new Report(null, null, "cannot import " + file.getFileName() + " with DL4J "
                    + KerasImport.DL4J_VERSION + ": " + e.getClass().getSimpleName() + ": "
                    + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m).trim());
        } // an Error (out of memory, a stack overflow) ends the child (status 70): the parent reports that it failed
        Report r = report;
        AtomicFiles.write(out.resolve(REPORT), tmp -> JSON.writeValue(tmp.toFile(), r));
    }

    private static Report importTo(Path file, int[] size, Path zip) throws Exception {
        KerasFileInfo info = KerasFileInfo.readHere(file);
        InputSpec input = KerasImport.inputSpec(info, new KerasImport.Options(null, PixelScaling.UNIT, size));
        KerasImport.checkSizeAgainstConfig(file, info);
        KerasImport.Loaded loaded = KerasImport.importAndSplit(file, info, input);
        AtomicFiles.write(zip, tmp -> ModelSerializer.writeModel(loaded.model(), tmp.toFile(), false));
        return new Report(info, loaded.separableSplit(), null);
    }
}
