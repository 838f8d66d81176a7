package org.emotionworkbench.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StudyGridHeaderTest {
    @Test
    void longSetNamesBreakAfterTheHyphenNearestTheirMiddleAndShortOnesStayWhole() {
        assertEquals("fer2013-test", StudyGridView.twoLines("fer2013-test"));
        assertEquals("synthetic-\nheld-out", StudyGridView.twoLines("synthetic-held-out"));
        assertEquals("taiwanese-\nposed", StudyGridView.twoLines("taiwanese-posed"));
        assertEquals("averyveryverylongname", StudyGridView.twoLines("averyveryverylongname"));
    }
}
