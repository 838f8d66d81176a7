package org.emotionworkbench.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {
    @Test
    void escapesTheFiveCharactersThatEndTextOrAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;t&#39;&gt;&amp;amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='t'>&amp;</a>"));
        assertEquals("", Html.escape(null));
        assertEquals("plain – text ✓", Html.escape("plain – text ✓"));
    }
}
