package org.emotionworkbench.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.emotionworkbench.training.TrainingOutcome;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code outcome.json}: why training stopped, the best epoch and its metrics, and the wall time. */
final class OutcomeJson {
    private OutcomeJson() {
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
