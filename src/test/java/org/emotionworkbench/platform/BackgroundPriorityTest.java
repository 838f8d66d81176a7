package org.emotionworkbench.platform;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BackgroundPriorityTest {

    /** Runs {@code body} on a fresh thread and returns what it produced. */
    private static <T> T onNewThread(java.util.function.Supplier<T> body) throws InterruptedException {
        AtomicReference<T> out = new AtomicReference<>();
        Thread t = new Thread(() -> out.set(body.get()));
        t.start();
        t.join(10_000);
        return out.get();
    }

    @Test
    void onLinuxTheCallingThreadAndTheThreadsItStartsGetTheBackgroundNiceButNoOtherThreadDoes() throws Exception {
        assumeTrue(Platform.isLinux(), "nice values per thread are a Linux feature");
        int before = BackgroundPriority.currentNice().orElseThrow();
        assumeTrue(before < BackgroundPriority.NICE, "this JVM already runs at nice " + before);

        int[] seen = onNewThread(() -> {
            boolean lowered = BackgroundPriority.lowerCurrentThread();
            int self = BackgroundPriority.currentNice().orElse(-100);
            int[] child = new int[1];
            Thread c = new Thread(() -> child[0] = BackgroundPriority.currentNice().orElse(-100));
            c.start();
            try {
                c.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new int[]{lowered ? 1 : 0, self, child[0]};
        });
        assertEquals(1, seen[0], "lowerCurrentThread() reported failure");
        assertEquals(BackgroundPriority.NICE, seen[1]);
        assertEquals(BackgroundPriority.NICE, seen[2], "a thread started by a background thread inherits its nice");
        assertEquals(before, BackgroundPriority.currentNice().orElseThrow(), "the test's own thread was changed");
        assertEquals(before, (int) onNewThread(() -> BackgroundPriority.currentNice().orElseThrow()),
                "a thread started elsewhere was changed");
    }

    @Test
    void aThreadAlreadyAtTheBackgroundNiceStaysThereAndReportsSuccess() throws Exception {
        assumeTrue(Platform.isLinux(), "nice values per thread are a Linux feature");
        int[] seen = onNewThread(() -> {
            BackgroundPriority.lowerCurrentThread();
            boolean again = BackgroundPriority.lowerCurrentThread();
            return new int[]{again ? 1 : 0, BackgroundPriority.currentNice().orElse(-100)};
        });
        assertEquals(1, seen[0]);
        assertTrue(seen[1] >= BackgroundPriority.NICE);
    }

    @Test
    void thePropertySetToFalseLeavesThePriorityAlone() throws Exception {
        String old = System.getProperty(BackgroundPriority.PROPERTY);
        System.setProperty(BackgroundPriority.PROPERTY, "false");
        try {
            Object[] seen = onNewThread(() -> new Object[]{BackgroundPriority.lowerCurrentThread(),
                    BackgroundPriority.currentNice()});
            assertFalse((Boolean) seen[0]);
            OptionalInt nice = (OptionalInt) seen[1];
            if (Platform.isLinux()) {
                assertEquals(BackgroundPriority.currentNice().orElseThrow(), nice.orElseThrow());
            }
        } finally {
            if (old == null) {
                System.clearProperty(BackgroundPriority.PROPERTY);
            } else {
                System.setProperty(BackgroundPriority.PROPERTY, old);
            }
        }
    }
}
