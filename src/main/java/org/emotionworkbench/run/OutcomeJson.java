package org.emotionworkbench.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.emotionworkbench.training.StopReason;
import org.emotionworkbench.training.TrainingOutcome;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code outcome.json}: why training stopped, the best epoch and its metrics, and the wall time. */
final class OutcomeJson {
    private OutcomeJson() {
    }

    /** The stop reason an {@code outcome.json} records (null when it names none this version knows). */
    static StopReason stopReason(java.nio.file.Path file) throws java.io.IOException {
        String name = RunConfig.JSON.readTree(file.toFile()).path("stopReason").asText("");
        for (StopReason r : StopReason.values()) {
            if (r.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                return r;
            }
        }
        return null;
    }

    static String format(TrainingOutcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stopReason", outcome.stopReason().name().toLowerCase(java.util.Locale.ROOT));
        m.put("message", outcome.message());
        m.put("epochs", outcome.history().size());
        m.put("bestEpoch", outcome.bestEpoch());
        m.put("best", outcome.best());
        m.put("seconds", outcome.seconds());
        try {
            return RunConfig.JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
