package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.FillMode;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.transfer.FineTuning;
import org.emotionworkbench.transfer.TransferSettings;
import org.emotionworkbench.run.DataOptions;
import org.emotionworkbench.run.RunExecutor;
import org.emotionworkbench.run.ResumeChanges;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.training.EarlyStopping;
import org.emotionworkbench.training.Monitor;
import org.emotionworkbench.training.ReduceLrOnPlateau;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingOptions;
import org.emotionworkbench.training.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a model, evaluate it on the held-out test set and write a run folder.",
                "Files: config.json, history.csv, model.zip, outcome.json, report.json, report.txt, confusion.csv, predictions.csv;",
                "while unfinished also resume/ (the state after the last finished epoch): a run stopped with Ctrl-C or lost",
                "to a crash goes on with: train --resume <runDir> (optionally with a longer --patience or other --epochs).",
                "Transfer learning: --from <runDir|model.h5|model.zip> fine-tunes that model instead of training --model "
                        + "from scratch (--freeze, --head, --head-on); the run folder records the parent and the settings."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--resume", paramLabel = "<runDir>",
            description = "Go on with a stopped run after its last finished epoch, with the settings it started with; only a longer --patience or other --epochs may be given (recorded in config.json as an amendment). A run that stopped early goes on only with a longer --patience. With --out, it goes on in a copy and the run itself stays as it is.")
    Path resume;

    @Option(names = "--train", paramLabel = "<data>",
            description = "Training data: a dataset folder, a FER2013 .csv or a manifest .json.")
    Path train;

    @Option(names = "--test", paramLabel = "<data>",
            description = "Held-out test data, folder, .csv or manifest (its test split, or all of it when flat). Default: the test split of --train.")
    Path test;

    @Option(names = "--model", paramLabel = "<preset|spec.json>", defaultValue = "pisa",
            description = "Preset (pisa, pisa-1 … pisa-8, seed12, tiny) or JSON spec. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--from", paramLabel = "<runDir|file>",
            description = "Fine-tune this model instead of training --model from scratch: a run folder, a Keras "
                    + ".h5/.hdf5 file (as import reads it) or a DL4J model zip (a zoo VGG16, say). Only this local file "
                    + "is read; nothing is downloaded.")
    Path from;

    @Option(names = "--freeze", paramLabel = "<layer|N>",
            description = "With --from: keep this layer and every layer before it (or the first N layers) as they are. "
                    + "Default: nothing frozen (every layer fine-tuned).")
    String freeze;

    @Option(names = "--head", paramLabel = "<spec>",
            description = "With --from: replace the model's output with these layers and a 7-way softmax, e.g. "
                    + "dense:256,dropout:0.5 (also gap; softmax alone for just a new output). Default: keep the "
                    + "model's own output and class order.")
    String head;

    @Option(names = "--head-on", paramLabel = "<layer>",
            description = "With --head: the layer the head goes on; the layers after it are removed. Default: the "
                    + "layer feeding the output (the last layer of a model without a classifier).")
    String headOn;

    @Option(names = "--classes", paramLabel = "<order>",
            description = "With --from <file>: what the file's outputs are, as for import (fer2013, kdef, "
                    + "alphabetical or a list). Not needed with --head.")
    String classes;

    @Option(names = "--pixel-range", paramLabel = "0,1|-1,1",
            description = "With --from <file>: the pixel range the model takes, as for import. Default: 0,1.")
    String pixelRange;

    @Option(names = "--mean", paramLabel = "<m[,m,m]>",
            description = "With --from <file>, instead of --pixel-range: subtracted from each pixel (0-255), per channel.")
    String mean;

    @Option(names = "--std", paramLabel = "<s[,s,s]>", description = "With --mean: then divided by (0-255 scale).")
    String std;

    @Option(names = "--input", paramLabel = "HxWxC",
            description = "With --from <file>: the input size when the file does not declare it (e.g. 48x48x3 for a "
                    + "DL4J VGG16 zip; at least 32x32).")
    String input;

    @Option(names = "--out", paramLabel = "<runDir>", description = "Run folder to create.")
    Path out;

    @Option(names = "--overwrite", description = "Allow writing into a non-empty run folder.")
    boolean overwrite;

    @Option(names = "--epochs", defaultValue = "50", description = "Most epochs. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate. Default: ${DEFAULT-VALUE}.")
    double lr;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for weights, split, shuffling, augmentation. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--val-split", defaultValue = "0.2", description = "Stratified validation fraction. Default: ${DEFAULT-VALUE}.")
    double valSplit;

    @Option(names = "--consolidate", description = "Merge train and test of --train into one training pool.")
    boolean consolidate;

    @Option(names = "--exclude-test-duplicates",
            description = "Leave out training images whose pixels equal a held-out test image's (train/test leaks).")
    boolean excludeTestDuplicates;

    @Option(names = "--augment", description = "Augment training images (Keras ImageDataGenerator meaning; ranges below).")
    boolean augment;

    @Option(names = "--rotation", defaultValue = "10", description = "Rotation range, degrees. Default: ${DEFAULT-VALUE}.")
    double rotation;

    @Option(names = "--zoom", defaultValue = "0.15", description = "Zoom range. Default: ${DEFAULT-VALUE}.")
    double zoom;

    @Option(names = "--width-shift", defaultValue = "0.1", description = "Width shift range (fraction). Default: ${DEFAULT-VALUE}.")
    double widthShift;

    @Option(names = "--height-shift", defaultValue = "0.1", description = "Height shift range (fraction). Default: ${DEFAULT-VALUE}.")
    double heightShift;

    @Option(names = "--shear", defaultValue = "0.15", description = "Shear range, degrees (as Keras). Default: ${DEFAULT-VALUE}.")
    double shear;

    @Option(names = "--hflip", description = "Random horizontal flips (off by default).")
    boolean hflip;

    @Option(names = "--fill", defaultValue = "nearest", paramLabel = "nearest|constant|reflect|wrap",
            description = "How augmentation fills pixels from outside the image. Default: ${DEFAULT-VALUE}.")
    String fill;

    @Option(names = "--balance", defaultValue = "none", paramLabel = "none|class-weights|augment-minority",
            description = "Class imbalance handling. Default: ${DEFAULT-VALUE}.")
    String balance;

    @Option(names = "--patience", defaultValue = "0",
            description = "Early stopping patience in epochs (0 = no early stopping). Default: ${DEFAULT-VALUE}.")
    int patience;

    @Option(names = "--monitor", defaultValue = "val_loss", description = "val_loss or val_accuracy. Default: ${DEFAULT-VALUE}.")
    String monitor;

    @Option(names = "--min-delta", defaultValue = "0", description = "Smallest change that counts as improvement. Default: ${DEFAULT-VALUE}.")
    double minDelta;

    @Option(names = "--keep-last-weights", description = "With early stopping, keep the last epoch's weights instead of the best.")
    boolean keepLast;

    @Option(names = "--reduce-lr-patience", defaultValue = "0",
            description = "Reduce the learning rate after this many flat epochs (0 = never). Default: ${DEFAULT-VALUE}.")
    int reduceLrPatience;

    @Option(names = "--reduce-lr-factor", defaultValue = "0.5", description = "Factor for LR reduction. Default: ${DEFAULT-VALUE}.")
    double reduceLrFactor;

    @Option(names = "--min-lr", defaultValue = "1e-6", description = "Lowest learning rate. Default: ${DEFAULT-VALUE}.")
    double minLr;

    @Option(names = "--verbose", description = "Print full dataset load reports.")
    boolean verbose;

    @Mixin
    CacheOptions cache;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (resume != null) {
            List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                    .map(OptionSpec::longestName)
                    .filter(n -> !RESUME_COMPATIBLE.contains(n))
                    .toList();
            if (!others.isEmpty()) {
                throw new UserError("--resume goes on with the settings the run started with (its config.json), "
                        + "except a longer --patience or other --epochs; leave out " + String.join(", ", others));
            }
            var parsed = spec.commandLine().getParseResult();
            ResumeChanges changes = new ResumeChanges(parsed.hasMatchedOption("--epochs") ? epochs : null,
                    parsed.hasMatchedOption("--patience") ? patience : null);
            if (out != null) { // go on in a copy: the run itself stays as it is
                RunFolder original = new RunFolder(resume);
                if (!Files.isRegularFile(original.file(RunFolder.CONFIG))) {
                    throw new UserError(resume + " is not a run folder: " + RunFolder.CONFIG + " is missing");
                }
                boolean existed = Files.exists(out);
                RunFolder copy = RunFolder.createNew(out, overwrite);
                ResumeChanges inCopy = changes.inACopyOf(original.dir().toAbsolutePath().normalize());
                try {
                    RunExecutor.copyToGoOn(original, copy);
                    return runWithInterruptHandling(o, copy, executor -> executor.resume(copy, inCopy));
                } catch (IllegalArgumentException refused) {
                    if (!existed) { // refused before training: leave no half-made copy behind
                        org.emotionworkbench.run.RunDeletion.deleteTree(out);
                    }
                    throw refused;
                }
            }
            RunFolder run = new RunFolder(resume);
            return runWithInterruptHandling(o, run, executor -> executor.resume(run, changes));
        }
        if (train == null || out == null) {
            throw new UserError("train needs --train <data> and --out <runDir> (or --resume <runDir>)");
        }
        boolean fromScratch = from == null;
        List<String> transferOnly = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName).filter(TRANSFER_ONLY::contains).toList();
        if (fromScratch && !transferOnly.isEmpty()) {
            throw new UserError(String.join(", ", transferOnly) + " only apply to fine-tuning: add --from "
                    + "<runDir|model file>");
        }
        if (!fromScratch && spec.commandLine().getParseResult().hasMatchedOption("--model")) {
            throw new UserError("--from fine-tunes an existing model: leave out --model");
        }
        if (!fromScratch && (mean == null) != (std == null)) {
            throw new UserError("--mean and --std go together");
        }
        if (!fromScratch && pixelRange != null && mean != null) {
            throw new UserError("give --pixel-range or --mean/--std, not both");
        }
        ModelSpec modelSpec = fromScratch ? ModelArgument.resolve(model) : null;
        Monitor mon = Monitor.parse(monitor);
        TrainingOptions options = new TrainingOptions(epochs, batch, lr, seed,
                patience > 0 ? new EarlyStopping(mon, patience, minDelta, !keepLast) : null,
                reduceLrPatience > 0 ? new ReduceLrOnPlateau(mon, reduceLrFactor, reduceLrPatience, 1e-4, minLr) : null,
                mon);
        AugmentationOptions aug = augment ? new AugmentationOptions(rotation, zoom, widthShift, heightShift, shear)
                .withFlips(hflip, false).withFill(FillMode.fromKerasName(fill), 0f) : null;
        DataOptions data = new DataOptions(absolute(train), test == null ? null : absolute(test), valSplit,
                consolidate, aug, Balancing.parse(balance), excludeTestDuplicates);
        if (!fromScratch) {
            FineTuning.Request request = new FineTuning.Request(from,
                    KerasImport.Options.parse(classes, pixelRange, mean, std, input),
                    TransferSettings.parse(freeze, head, headOn));
            RunFolder run = RunFolder.createNew(out, overwrite);
            return runWithInterruptHandling(o, run, executor -> FineTuning.run(executor, request, options, data, run));
        }
        RunFolder run = RunFolder.createNew(out, overwrite);
        return runWithInterruptHandling(o, run, executor -> executor.execute(modelSpec, options, data, run));
    }

    private static final Set<String> TRANSFER_ONLY = Set.of("--freeze", "--head", "--head-on", "--classes",
            "--pixel-range", "--mean", "--std", "--input");

    private static final Set<String> RESUME_COMPATIBLE = Set.of("--resume", "--epochs", "--patience", "--out", "--overwrite",
            "--cache-dir", "--no-cache", "--verbose");

    private Integer runWithInterruptHandling(PrintWriter o, RunFolder run,
                                             Function<RunExecutor, TrainingOutcome> work) throws Exception {
        TrainingControl control = new TrainingControl();
        ConsoleProgress console = new ConsoleProgress(o, spec.commandLine().getErr(), System.console() != null, verbose);
        // Ctrl-C: stop between batches; the shutdown goes on once the run folder and the report are out
        return StopOnInterrupt.run(control, "stop-training-on-interrupt", () -> {
            TrainingOutcome outcome = work.apply(new RunExecutor(cache.toLoadOptions()).progress(console)
                    .listener(console).control(control));
            o.println("run written to " + run.dir());
            if (outcome.stopReason() == StopReason.CANCELLED && Files.isDirectory(run.file(RunFolder.RESUME))) {
                o.println("stopped; go on later with: train --resume " + run.dir());
            } else if (outcome.stopReason() == StopReason.EARLY_STOPPED
                    && Files.isDirectory(run.file(RunFolder.RESUME))) {
                o.println("stopped early; to see whether a longer patience finds a better epoch: train --resume "
                        + run.dir() + " --patience <more> --out <copyDir>");
            }
            if (outcome.bestEpoch() > 0) {
                o.print(Files.readString(run.file(RunFolder.REPORT_TXT)));
            }
            o.flush();
            return outcome.stopReason() == StopReason.DIVERGED ? ErrorReporter.FAILURE : 0;
        });
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }
}
