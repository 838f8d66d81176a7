package org.emotionworkbench.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A ready experiment an instructor opens with one click: the data it needs, how that data is prepared (matching,
 * label maps, subsets), a study spec template, and a text for the instructor (what to show, where, what to expect).
 * The spec template ({@code <name>.study.json}) and the text ({@code <name>.md}) are resources beside this class.
 */
public interface Lesson {
    /** Short id used on the command line ({@code lesson run <name>}). */
    String name();

    String title();

    /** One line for lists. */
    String summary();

    /** Rough time on a 2-core machine, for lists ("≈ 6 min"). */
    String duration();

    List<DataNeed> needs();

    /**
     * Prepares the data under {@code dataDir} (seeded, so a second call gives the same files) and returns the values
     * of the template's placeholders ({@code ${name}}), absolute paths mostly.
     */
    Map<String, String> prepare(Path datasetsRoot, Path dataDir) throws IOException;
}
