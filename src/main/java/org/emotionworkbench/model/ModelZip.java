package org.emotionworkbench.model;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The one gate through which the workbench opens a DL4J model zip (a run's model.zip, a resume point, an imported
 * model): instead of DL4J's {@code ModelSerializer}, which deserializes any {@code preprocessor.bin} entry with
 * {@code ObjectInputStream} (so a model file from someone else could run code or hang the program), it reads only
 * the configuration JSON, the coefficients and, when asked, the updater state — and it checks them before allocating:
 * <ul>
 *   <li>an entry other than those (such as {@code preprocessor.bin} or {@code normalizer.bin}, both Java-serialized)
 *       makes it refuse the file, naming the entry;</li>
 *   <li>the configuration is at most {@value #MAX_CONFIG_BYTES} bytes;</li>
 *   <li>the coefficients' header must declare exactly the number of parameters the configuration gives and the
 *       network's data type, and the entry may not be longer than that: a header that claims billions of elements, a
 *       decompression bomb or a mismatch is refused before anything that size is allocated;</li>
 *   <li>parameters must be finite (NaN or infinite weights are refused).</li>
 * </ul>
 * Every failure is an {@link InvalidModelFileException} with one line naming the file and the reason.
 */
public final class ModelZip {
    public static final String CONFIGURATION = "configuration.json";
    public static final String COEFFICIENTS = "coefficients.bin";
    public static final String UPDATER = "updaterState.bin";
    public static final String NO_PARAMS = "noParams.marker";
    static final Set<String> READ = Set.of(CONFIGURATION, COEFFICIENTS, UPDATER, NO_PARAMS);
    static final int MAX_CONFIG_BYTES = 16 << 20;
    static final int MAX_ENTRIES = 16;
    /** Room for the two buffer headers of an ND4J array (shape and data) before the values. */
    static final int HEADER_SLACK = 4096;

    /** A model file that cannot be opened safely, or is damaged. */
    public static final class InvalidModelFileException extends IllegalArgumentException {
        public InvalidModelFileException(String message) {
            super(message);
        }

        public InvalidModelFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ModelZip() {
    }

    /** Whether the zip's configuration describes a computation graph (rather than a multi-layer network). */
    public static boolean isGraph(Path zip) {
        try (ZipFile z = open(zip)) {
            return isGraphConfig(configuration(zip, z));
        } catch (IOException e) {
            throw new InvalidModelFileException("cannot read the model " + zip + ": " + e.getMessage(), e);
        }
    }

    /** The zip's network or graph, whichever its configuration describes (opened once). */
    public static Model read(Path zip, boolean withUpdater) {
        return read(zip, withUpdater, null);
    }

    public static MultiLayerNetwork readNetwork(Path zip, boolean withUpdater) {
        return (MultiLayerNetwork) read(zip, withUpdater, false);
    }

    public static ComputationGraph readGraph(Path zip, boolean withUpdater) {
        return (ComputationGraph) read(zip, withUpdater, true);
    }

    /** {@code graph}: the kind the caller expects, or null for whichever the configuration describes. */
    private static Model read(Path zip, boolean withUpdater, Boolean expectGraph) {
        try (ZipFile z = open(zip)) {
            String json = configuration(zip, z);
            boolean graph = isGraphConfig(json);
            if (expectGraph != null && expectGraph != graph) {
                throw new InvalidModelFileException(zip + " holds a " + (graph ? "computation graph" : "multi-layer network")
                        + ", not the " + (graph ? "multi-layer network" : "computation graph") + " its run folder records");
            }
            Model model;
            try {
                if (graph) {
                    ComputationGraph g = new ComputationGraph(ComputationGraphConfiguration.fromJson(json));
                    g.init();
                    model = g;
                } else {
                    MultiLayerNetwork n = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(json));
                    n.init();
                    model = n;
                }
            } catch (RuntimeException e) {
                throw new InvalidModelFileException(zip + ": its " + CONFIGURATION + " is not a DL4J model configuration "
                        + "(" + firstLine(e.getMessage()) + ")", e);
            }
            INDArray params = model.params();
            if (params != null && params.length() > 0) {
                try (INDArray read = array(zip, z, COEFFICIENTS, params.length(), params.dataType())) {
                    checkFinite(zip, read);
                    params.assign(read.reshape(params.shape()));
                }
            }
            if (withUpdater) {
                INDArray state = model instanceof MultiLayerNetwork n ? n.getUpdater().getStateViewArray()
                        : ((ComputationGraph) model).getUpdater().getStateViewArray();
                if (state != null && state.length() > 0 && z.getEntry(UPDATER) != null) {
                    try (INDArray read = array(zip, z, UPDATER, state.length(), state.dataType())) {
                        state.assign(read.reshape(state.shape()));
                    }
                }
            }
            return model;
        } catch (IOException e) {
            throw new InvalidModelFileException("cannot read the model " + zip + ": " + e.getMessage(), e);
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        ZipFile z;
        try {
            z = new ZipFile(zip.toFile());
        } catch (java.util.zip.ZipException e) {
            throw new InvalidModelFileException(zip + " is not a DL4J model zip (not a zip file, or damaged)", e);
        }
        List<String> unexpected = new ArrayList<>();
        int count = 0;
        for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            count++;
            if (!READ.contains(e.getName())) {
                unexpected.add(e.getName());
            }
        }
        if (count > MAX_ENTRIES || !unexpected.isEmpty()) {
            z.close();
            throw new InvalidModelFileException(zip + " holds " + (unexpected.isEmpty() ? count + " entries"
                    : String.join(", ", unexpected.subList(0, Math.min(5, unexpected.size()))))
                    + " besides a model's configuration and weights; the workbench opens only "
                    + String.join(", ", READ.stream().sorted().toList())
                    + " (other entries, such as preprocessor.bin, are Java-serialized objects that could run code)");
        }
        if (z.getEntry(CONFIGURATION) == null) {
            z.close();
            throw new InvalidModelFileException(zip + " has no " + CONFIGURATION + ": not a DL4J model zip");
        }
        return z;
    }

    private static String configuration(Path zip, ZipFile z) throws IOException {
        byte[] bytes = bounded(zip, z, z.getEntry(CONFIGURATION), MAX_CONFIG_BYTES);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean isGraphConfig(String json) {
        // a ComputationGraphConfiguration has "vertices" at its top level; a MultiLayerConfiguration "confs"
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).has("vertices");
        } catch (IOException e) {
            throw new InvalidModelFileException("the model's " + CONFIGURATION + " is not JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /** Reads an entry's bytes, refusing more than {@code max} whatever the zip's directory claims. */
    private static byte[] bounded(Path zip, ZipFile z, ZipEntry e, long max) throws IOException {
        if (e.getSize() > max) {
            throw new InvalidModelFileException(zip + ": " + e.getName() + " is " + e.getSize() + " bytes, more than the "
                    + max + " it can hold");
        }
        try (InputStream in = z.getInputStream(e)) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (out.length > max) {
                throw new InvalidModelFileException(zip + ": " + e.getName() + " unpacks to more than the " + max
                        + " bytes it can hold (damaged, or a decompression bomb)");
            }
            return out;
        } catch (java.util.zip.ZipException ze) {
            throw new InvalidModelFileException(zip + ": " + e.getName() + " is damaged (" + ze.getMessage() + ")", ze);
        }
    }

    /**
     * Reads an ND4J array written by {@code Nd4j.write} from {@code entry}, after checking its headers: a shape
     * buffer of at most rank 32, then a data buffer of exactly {@code length} elements of {@code type}.
     */
    private static INDArray array(Path zip, ZipFile z, String entry, long length, DataType type) throws IOException {
        ZipEntry e = z.getEntry(entry);
        if (e == null) {
            throw new InvalidModelFileException(zip + " has no " + entry + " although its configuration has " + length
                    + " parameters");
        }
        byte[] bytes = bounded(zip, z, e, length * type.width() + HEADER_SLACK);
        return checkedArray(zip + ": " + entry, bytes, length, type);
    }

    /**
     * Reads a parameter vector saved with {@code Nd4j.saveBinary} (a resume point's best weights) through the same
     * checks as a model's coefficients: the file may be no longer than {@code length} values of {@code type} and their
     * headers, its headers must declare exactly that many values of that type, it must hold them all (not truncated),
     * and they must be finite. Nothing larger than the expected array is ever allocated.
     *
     * @throws InvalidModelFileException naming the file and the reason
     */
    public static INDArray readParams(Path file, long length, DataType type) {
        long max = length * type.width() + HEADER_SLACK;
        byte[] bytes;
        try {
            long size = java.nio.file.Files.size(file);
            if (size > max) {
                throw new InvalidModelFileException(file + " is " + size + " bytes, more than the " + max + " that "
                        + length + " " + type.name().toLowerCase() + " parameters need (a file that does not match "
                        + "the network)");
            }
            try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidModelFileException(file + " is missing", e);
        } catch (IOException e) {
            throw new InvalidModelFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > max) {
            throw new InvalidModelFileException(file + " grew past the " + max + " bytes it can hold while being read");
        }
        INDArray a = checkedArray(file.toString(), bytes, length, type);
        try {
            checkFinite(file, a);
        } catch (InvalidModelFileException e) {
            a.close();
            throw e;
        }
        return a;
    }

    /** Checks the two buffer headers of an {@code Nd4j.write} array in {@code bytes}, then reads it. */
    private static INDArray checkedArray(String where, byte[] bytes, long length, DataType type) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.readUTF(); // allocation mode
            long shapeLength = in.readLong();
            String shapeType = in.readUTF();
            if (shapeLength < 0 || shapeLength > 2 * 32 + 8 || !"LONG".equals(shapeType)) {
                throw new InvalidModelFileException(where + " does not start with an array shape (length "
                        + shapeLength + ", type " + shapeType + ")");
            }
            in.skipNBytes(shapeLength * Long.BYTES);
            in.readUTF();
            long dataLength = in.readLong();
            String dataType = in.readUTF();
            if (dataLength != length || !type.name().equals(dataType)) {
                throw new InvalidModelFileException(where + " holds " + dataLength + " values of type "
                        + dataType + ", but the configuration has " + length + " " + type.name().toLowerCase()
                        + " parameters (a model file that does not match its own configuration)");
            }
            long need = length * type.width();
            if (in.available() < need) {
                throw new InvalidModelFileException(where + " is truncated: it holds " + in.available() + " of the "
                        + need + " bytes its " + length + " values need");
            }
        } catch (java.io.EOFException eof) {
            throw new InvalidModelFileException(where + " is truncated", eof);
        } catch (IOException io) {
            throw new InvalidModelFileException(where + " is damaged (" + firstLine(io.getMessage()) + ")", io);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            INDArray a = Nd4j.read(in);
            if (a.length() != length) {
                a.close();
                throw new InvalidModelFileException(where + " holds " + a.length() + " values, expected " + length);
            }
            return a;
        } catch (RuntimeException | IOException ex) {
            if (ex instanceof InvalidModelFileException i) {
                throw i;
            }
            throw new InvalidModelFileException(where + " is damaged (" + firstLine(ex.getMessage()) + ")", ex);
        }
    }

    private static void checkFinite(Path zip, INDArray params) {
        INDArray flat = params.reshape(params.length());
        long n = flat.length();
        for (long from = 0; from < n; from += 1 << 20) {
            long to = Math.min(n, from + (1 << 20));
            float[] chunk = flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to)).toFloatVector();
            for (int i = 0; i < chunk.length; i++) {
                if (!Float.isFinite(chunk[i])) {
                    throw new InvalidModelFileException(zip + ": parameter " + (from + i) + " of " + n + " is "
                            + chunk[i] + " (a model with NaN or infinite weights cannot predict anything)");
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
