package org.emotionworkbench.cli;

import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.ModelSummary;
import org.emotionworkbench.model.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print a Keras-like summary of a model (layers, output shapes, parameter counts).")
final class SummaryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "<preset|spec.json>",
            description = "A preset (pisa, pisa-1 … pisa-8, seed12, tiny) or a JSON model spec. Default: ${DEFAULT-VALUE}.",
            defaultValue = "pisa")
    String model;

    @Option(names = "--json", description = "Print the model spec as JSON instead (a starting point for your own).")
    boolean json;

    @Option(names = "--list", description = "List the presets with their parameter counts and what each is.")
    boolean list;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (String name : Presets.names()) {
                var a = Presets.get(name).analyse();
                out.printf("%-8s %,10d params, %,5d non-trainable, %2d layers  %s%n", name, a.totalParams(),
                        a.nonTrainableParams(), a.layers().size(), Presets.description(name));
            }
            return;
        }
        ModelSpec m = ModelArgument.resolve(model);
        out.print(json ? m.toJson() + "\n" : ModelSummary.render(m.analyse()));
    }
}
