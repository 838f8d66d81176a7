package org.emotionworkbench.io;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names someone else's file may carry, meant to break out of HTML; and the check that a page kept them as text. */
public final class HostileText {
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    public static final String ENTITY = "&amp;";
    public static final String QUOTE = "' onmouseover='alert(1)";
    public static final List<String> ALL = List.of(SCRIPT, ATTRIBUTE, ENTITY, QUOTE);

    private HostileText() {
    }

    /** A name carrying all of them, for places that show one name. */
    public static String combined(String prefix) {
        return prefix + SCRIPT + ATTRIBUTE + ENTITY + QUOTE;
    }

    /** None of the hostile strings appears raw in {@code html}, and each appears escaped. */
    public static void assertEscaped(String html) {
        assertFalse(html.contains("<script"), "a script element got through");
        assertFalse(html.contains("onerror=alert(1)>"), "a raw attribute got through");
        assertFalse(html.contains("<img src=x"), "a raw img got through");
        assertFalse(html.contains("' onmouseover='"), "a raw single quote got through");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped script missing");
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "escaped attribute missing");
        assertTrue(html.contains("&amp;amp;"), "escaped entity missing");
        assertTrue(html.contains("&#39; onmouseover=&#39;alert(1)"), "escaped quote missing");
    }
}
