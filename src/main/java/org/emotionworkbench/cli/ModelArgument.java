package org.emotionworkbench.cli;

import org.emotionworkbench.model.InvalidModelException;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.Presets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves {@code --model}: a preset name, or a JSON spec file. */
final class ModelArgument {
    private ModelArgument() {
    }

    static ModelSpec resolve(String value) {
        if (Presets.find(value).isPresent()) {
            return Presets.get(value);
        }
        Path file = Path.of(value);
        if (value.endsWith(".json") || Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                throw new UserError("model spec file not found: " + value);
            }
            try {
                return ModelSpec.read(file);
            } catch (IOException e) {
                throw new UserError("cannot read model spec " + value + ": " + e.getMessage(), e);
            } catch (InvalidModelException e) {
                throw new UserError(value + ": " + e.getMessage(), e);
            }
        }
        throw new UserError("unknown model '" + value + "': give a preset (" + String.join(", ", Presets.names())
                + ") or a .json spec file");
    }
}
