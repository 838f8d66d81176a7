package org.emotionworkbench.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.evaluation.EvaluationClasses;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.transfer.FineTuning;
import org.emotionworkbench.transfer.HeadSpec;
import org.emotionworkbench.transfer.TransferSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A study: train one model on several sources (e.g. real FER2013 and labelled synthetic faces) with k seeds each,
 * and evaluate every trained model on every evaluation set. Written as JSON:
 * <pre>
 * {"name": "real-vs-synthetic", "model": "pisa",
 *  "training": {"maxEpochs": 30, "batchSize": 64, "learningRate": 0.001,
 *               "earlyStopping": {"monitor": "val_loss", "patience": 5, "restoreBestWeights": true}},
 *  "seeds": [1, 2, 3],
 *  "sources": [{"name": "real", "data": "../shared/datasets/fer2013", "balancing": "class-weights"},
 *              {"name": "synthetic", "data": "labelled-sfhq", "consolidate": true}],
 *  "evaluations": [{"name": "fer2013-test", "data": "../shared/datasets/fer2013", "classes": "shared"}]}
 * </pre>
 * {@code model} is a preset name or an inline model spec. A source may instead fine-tune an existing model:
 * {@code {"name": "ft", "data": "...", "from": "runs/pisa-1", "freeze": "6", "head": "dense:128,dropout:0.5"}}
 * (see {@link Source}). Relative paths (also {@code from}) are resolved against the spec file's folder.
 * {@code "sweep": {"maxEpochs": [40, 50], "batchSize": [32, 64]}} trains every combination of those settings for
 * every source and seed (see {@link Sweep}); without it each source and seed is one run.
 */
public record StudySpec(String name, ModelSpec model, TrainingOptions training, List<Long> seeds,
                        List<Source> sources, List<EvaluationSet> evaluations, Robustness robustness,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Sweep sweep) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    /**
     * One training source: a dataset and how it is prepared. With {@code from} (a run folder, a Keras .h5/.hdf5 file
     * or a DL4J model zip) the source fine-tunes that model on its data instead of training the study's model, as
     * {@code train --from} does: {@code freeze}, {@code head}, {@code headOn} as {@code --freeze}, {@code --head},
     * {@code --head-on}; for a model file also {@code classes} and {@code pixelRange} as {@code --classes} and
     * {@code --pixel-range}.
     */
    public record Source(String name, String data, boolean consolidate, Double validationFraction,
                         AugmentationOptions augmentation, Balancing balancing, Double syntheticFraction,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String from,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String freeze,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String head,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String headOn,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String classes,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String pixelRange) {
        public Source(String name, String data, boolean consolidate, Double validationFraction,
                      AugmentationOptions augmentation, Balancing balancing) {
            this(name, data, consolidate, validationFraction, augmentation, balancing, null);
        }

        public Source(String name, String data, boolean consolidate, Double validationFraction,
                      AugmentationOptions augmentation, Balancing balancing, Double syntheticFraction) {
            this(name, data, consolidate, validationFraction, augmentation, balancing, syntheticFraction,
                    null, null, null, null, null, null);
        }

        public Source {
            if (syntheticFraction != null && !(syntheticFraction >= 0 && syntheticFraction <= 1)) {
                throw new IllegalArgumentException("source '" + name + "': syntheticFraction must be in [0, 1], got "
                        + syntheticFraction);
            }
            requireName("source", name);
            if (data == null || data.isBlank()) {
                throw new IllegalArgumentException("source '" + name + "' needs a \"data\" folder");
            }
            from = blankToNull(from);
            freeze = blankToNull(freeze);
            head = blankToNull(head);
            headOn = blankToNull(headOn);
            classes = blankToNull(classes);
            pixelRange = blankToNull(pixelRange);
            validateFineTuning(name, from, freeze, head, headOn, classes, pixelRange);
        }

        /** Whether this source fine-tunes a model ({@code from}) instead of training the study's model. */
        public boolean fineTunes() {
            return from != null;
        }

        /** The fine-tuning request {@code train --from} would make with these settings; null without {@code from}. */
        public FineTuning.Request fineTuning() {
            if (from == null) {
                return null;
            }
            return new FineTuning.Request(Path.of(from),
                    KerasImport.Options.parse(classes, pixelRange, null, null, null),
                    TransferSettings.parse(freeze, head, headOn));
        }

        /** The model this source trains, as the study summary names it: "fine-tuned parent" or the study's model. */
        public String modelName(ModelSpec studyModel) {
            return from == null ? studyModel.name() : "fine-tuned " + Path.of(from).getFileName();
        }

        DataOptions dataOptions() {
            return new DataOptions(data, null, validationFraction == null ? 0.2 : validationFraction, consolidate,
                    augmentation, balancing);
        }

        Source withPaths(Path base) {
            return new Source(name, resolve(base, data), consolidate, validationFraction, augmentation, balancing,
                    syntheticFraction, from == null ? null : resolve(base, from), freeze, head, headOn, classes,
                    pixelRange);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void validateFineTuning(String name, String from, String freeze, String head, String headOn,
                                           String classes, String pixelRange) {
        String where = "source '" + name + "': ";
        if (from == null) {
            List<String> given = new java.util.ArrayList<>();
            if (freeze != null) given.add("\"freeze\"");
            if (head != null) given.add("\"head\"");
            if (headOn != null) given.add("\"headOn\"");
            if (classes != null) given.add("\"classes\"");
            if (pixelRange != null) given.add("\"pixelRange\"");
            if (!given.isEmpty()) {
                throw new IllegalArgumentException(where + String.join(", ", given) + " only apply to fine-tuning: "
                        + "add \"from\": <run folder|model.h5|model.zip>");
            }
            return;
        }
        if (head != null) {
            try {
                HeadSpec.parse(head);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "\"head\": " + e.getMessage().replace("--head ", "\"head\": "), e);
            }
        } else if (headOn != null) {
            throw new IllegalArgumentException(where + "\"headOn\" names where a new head goes: give the \"head\" too");
        }
        if (classes != null) {
            try {
                ClassOrder.parse(classes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "\"classes\": " + e.getMessage(), e);
            }
        }
        if (pixelRange != null && !List.of("0,1", "-1,1").contains(pixelRange.replace(" ", ""))) {
            throw new IllegalArgumentException(where + "\"pixelRange\" is 0,1 or -1,1, got '" + pixelRange + "'");
        }
        Path path;
        try {
            path = Path.of(from);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(where + "\"from\" '" + from + "' is not a path", e);
        }
        if (!path.isAbsolute()) {
            return; // read() resolves it against the spec file's folder, and checks it then
        }
        if (Files.isDirectory(path)) {
            if (!Files.isRegularFile(path.resolve(org.emotionworkbench.run.RunFolder.MODEL))) {
                throw new IllegalArgumentException(where + "\"from\" " + from + " is not a run folder with a model ("
                        + org.emotionworkbench.run.RunFolder.MODEL + " is missing)");
            }
            if (classes != null || pixelRange != null) {
                throw new IllegalArgumentException(where + "\"classes\" and \"pixelRange\" are for a model file; "
                        + "the run folder " + from + " records its own");
            }
        } else if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(where + "\"from\" " + from + ": no such run folder or model file");
        } else if (head == null && classes == null) {
            throw new IllegalArgumentException(where + "fine-tuning the model file " + path.getFileName()
                    + " keeps its output: say what its outputs are (\"classes\", e.g. \"fer2013\"), or give a new "
                    + "\"head\"");
        }
    }

    /**
     * One evaluation set: its test split, or all of it when it has no train/test folders. {@code "classes": "shared"}
     * scores only the classes each model's training data and the set have in common; absent means all.
     */
    public record EvaluationSet(String name, String data,
                                @JsonInclude(JsonInclude.Include.NON_NULL) EvaluationClasses classes) {
        public EvaluationSet(String name, String data) {
            this(name, data, null);
        }

        public EvaluationSet {
            requireName("evaluation", name);
            if (data == null || data.isBlank()) {
                throw new IllegalArgumentException("evaluation '" + name + "' needs a \"data\" folder");
            }
        }
    }

    /**
     * FGSM robustness on the evaluation sets: accuracy at each ε (units of 1/255) on a seeded subset of at most
     * {@code images} images. Default: ε ∈ {0, 1, 2, 4, 8}, 500 images; an empty list turns it off.
     */
    public record Robustness(List<Integer> epsilons, int images) {
        public Robustness {
            epsilons = epsilons == null ? org.emotionworkbench.explain.Fgsm.DEFAULT_EPSILONS : List.copyOf(epsilons);
            images = images == 0 ? 500 : images;
            if (images < 1) {
                throw new IllegalArgumentException("robustness images must be positive, got " + images);
            }
            for (int e : epsilons) {
                if (e < 0 || e > 255) {
                    throw new IllegalArgumentException("FGSM epsilon must be in 0..255 (units of 1/255), got " + e);
                }
            }
        }

        public static Robustness defaults() {
            return new Robustness(null, 0);
        }
    }

    public StudySpec(String name, ModelSpec model, TrainingOptions training, List<Long> seeds, List<Source> sources,
                     List<EvaluationSet> evaluations) {
        this(name, model, training, seeds, sources, evaluations, null, null);
    }

    public StudySpec(String name, ModelSpec model, TrainingOptions training, List<Long> seeds, List<Source> sources,
                     List<EvaluationSet> evaluations, Robustness robustness) {
        this(name, model, training, seeds, sources, evaluations, robustness, null);
    }

    public StudySpec {
        robustness = robustness == null ? Robustness.defaults() : robustness;
        requireName("study", name);
        if (model == null) {
            throw new IllegalArgumentException("the study needs a \"model\" (a preset name or a spec)");
        }
        model.analyse();
        if (training == null) {
            throw new IllegalArgumentException("the study needs \"training\" settings");
        }
        if (seeds == null || seeds.isEmpty()) {
            throw new IllegalArgumentException("the study needs at least one seed");
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("the study needs at least one source");
        }
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        seeds = List.copyOf(seeds);
        sources = List.copyOf(sources);
        unique("seed", seeds.stream().map(String::valueOf).toList());
        unique("source", sources.stream().map(Source::name).toList());
        unique("evaluation", evaluations.stream().map(EvaluationSet::name).toList());
    }

    private static void requireName(String what, String name) {
        if (name != null && !name.isEmpty()) { // it names folders: no "..", separators, absolute paths
            OutputPaths.requirePlainName(name, "the " + what + " name");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name '" + name + "' must be letters, digits, '.', '_' or '-'"
                    + " (it names folders)");
        }
    }

    private static void unique(String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("duplicate " + what + " '" + n + "' in the study");
            }
        }
    }

    /** The training options for one seed. */
    public TrainingOptions trainingFor(long seed) {
        return trainingFor(Sweep.Combination.NONE, seed);
    }

    /** The training options for one point of the sweep and one seed: swept values replace the study's. */
    public TrainingOptions trainingFor(Sweep.Combination c, long seed) {
        return new TrainingOptions(c.maxEpochs() == null ? training.maxEpochs() : c.maxEpochs(),
                c.batchSize() == null ? training.batchSize() : c.batchSize(),
                c.learningRate() == null ? training.learningRate() : c.learningRate(), seed,
                training.earlyStopping(), training.reduceLr(), training.checkpointMonitor());
    }

    /** The sweep's combinations; one ({@link Sweep.Combination#NONE}) without a sweep. */
    public List<Sweep.Combination> combinations() {
        return sweep == null ? List.of(Sweep.Combination.NONE) : sweep.combinations();
    }

    /** How many runs the study trains: combinations × sources × seeds. */
    public int runCount() {
        return combinations().size() * sources.size() * seeds.size();
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The spec {@link #toJson()} wrote (paths already resolved, the model inline), e.g. sent to a Spark executor;
     * the inverse of {@code toJson}: {@code fromJson(s.toJson()).toJson()} equals {@code s.toJson()}.
     */
    public static StudySpec fromJson(String json) {
        try {
            return JSON.readValue(json, StudySpec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a study spec as toJson writes it: " + e.getMessage(), e);
        }
    }

    /** Reads a spec; {@code model} may be a preset name; relative data paths resolve against the file's folder. */
    public static StudySpec read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": a study spec is a JSON object");
        }
        JsonNode model = root.get("model");
        if (model != null && model.isTextual()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) root).set("model",
                    JSON.readTree(Presets.get(model.asText()).toJson()));
        }
        StudySpec spec;
        try {
            Sweep.checkJson(root.get("sweep"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        try {
            spec = JSON.treeToValue(root, StudySpec.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new IllegalArgumentException(file + ": " + message, e);
        }
        Path base = file.toAbsolutePath().getParent();
        List<Source> sources;
        try { // a relative "from" is checked once resolved
            sources = spec.sources.stream().map(s -> s.withPaths(base)).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return new StudySpec(spec.name, spec.model, spec.training, spec.seeds, sources,
                spec.evaluations.stream().map(e -> new EvaluationSet(e.name(), resolve(base, e.data()), e.classes())).toList(),
                spec.robustness, spec.sweep);
    }

    private static String resolve(Path base, String data) {
        Path p = Path.of(data);
        return (p.isAbsolute() ? p : base.resolve(p)).normalize().toString();
    }
}
