package org.emotionworkbench.ui.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's Markdown as plain text for a wrapping text area: the lines of a paragraph or list item joined (the
 * source is hard-wrapped for editors), headings and list items on their own lines, emphasis and code marks removed.
 */
final class LessonText {
    private LessonText() {
    }

    static String forDisplay(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            boolean starts = line.startsWith("#") || line.matches("^(\\d+\\.|[-*])\\s.*");
            if (line.isEmpty()) {
                current = flush(blocks, current);
                blocks.add("");
                continue;
            }
            if (current == null || starts) {
                flush(blocks, current);
                current = new StringBuilder(line.replaceFirst("^#+\\s*", ""));
            } else {
                current.append(' ').append(line);
            }
        }
        flush(blocks, current);
        String text = String.join("\n", blocks).replaceAll("\n{3,}", "\n\n").strip();
        return text.replace("**", "").replace("`", "").replaceAll("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])", "$1");
    }

    private static StringBuilder flush(List<String> blocks, StringBuilder current) {
        if (current != null) {
            blocks.add(current.toString());
        }
        return null;
    }
}
