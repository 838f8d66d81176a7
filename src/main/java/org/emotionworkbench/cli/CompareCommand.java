package org.emotionworkbench.cli;

import org.emotionworkbench.study.RunComparison;
import org.emotionworkbench.study.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare evaluated runs side by side, with bootstrap 95%% intervals and McNemar's test.",
                "Each argument is a run folder or one of its evaluations/<name> folders."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<runDir>")
    List<Path> runs;

    @Option(names = "--resamples", defaultValue = "1000", description = "Bootstrap resamples. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<RunResults> results = new ArrayList<>();
        for (Path p : runs) {
            results.add(RunResults.load(p));
        }
        RunComparison c = RunComparison.of(results, resamples, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-18s %-8s %6s  %-22s %-22s %-22s %-22s %6s %6s%n", "run", "model", "images",
                "accuracy [95% CI]", "macro precision", "macro recall", "macro F1", "w. F1", "ECE");
        for (RunComparison.Row r : c.rows()) {
            out.printf(Locale.ROOT, "%-18s %-8s %6d  %-22s %-22s %-22s %-22s %6.3f %6.3f%n", r.name(), r.model(),
                    r.images(), r.accuracy(), r.macroPrecision(), r.macroRecall(), r.macroF1(), r.weightedF1(), r.ece());
        }
        for (RunComparison.Row r : c.rows()) {
            out.printf("  %s: trained on %s, evaluated on %s%n", r.name(), r.trainedOn(), r.evaluatedOn());
        }
        if (c.pairs().isEmpty() && results.size() > 1) {
            out.println("McNemar: no two runs were evaluated on the same images.");
        }
        for (RunComparison.Pair p : c.pairs()) {
            var t = p.test();
            out.printf(Locale.ROOT, "McNemar %s vs %s: only %s right %d, only %s right %d, %s p = %.4g%n", p.a(), p.b(),
                    p.a(), t.onlyA(), p.b(), t.onlyB(), t.exact() ? "exact binomial" : "chi2 = " + String.format(Locale.ROOT, "%.3f,", t.statistic()),
                    t.pValue());
        }
        out.flush();
        return 0;
    }
}
