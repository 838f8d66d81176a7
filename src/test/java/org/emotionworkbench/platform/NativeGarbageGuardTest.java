package org.emotionworkbench.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeGarbageGuardTest {
    private static final long MB = 1L << 20;

    private final AtomicLong resident = new AtomicLong(1000 * MB);
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger collected = new AtomicInteger();
    private final NativeGarbageGuard guard = new NativeGarbageGuard(resident::get, collected::incrementAndGet,
            now::get, 500 * MB, 1000);

    @Test
    void collectsOnlyWhenGrowthPassesTheSlack() {
        assertFalse(guard.check()); // first reading is the base
        resident.set(1400 * MB);
        assertFalse(guard.check());
        resident.set(1501 * MB);
        assertTrue(guard.check());
        assertEquals(1, collected.get());
        assertEquals(1, guard.collections());
    }

    @Test
    void theLevelAfterACollectionBecomesTheBase() {
        guard.check();
        resident.set(1600 * MB);
        assertTrue(guard.check());
        resident.set(1100 * MB); // the garbage was freed
        now.set(500);
        assertFalse(guard.check()); // still settling: no new base yet, no second collection
        now.set(1500);
        assertFalse(guard.check()); // base = 1100 MB
        resident.set(1550 * MB);
        assertFalse(guard.check());
        resident.set(1601 * MB + 1);
        assertTrue(guard.check());
        assertEquals(2, collected.get());
    }

    @Test
    void memoryInUseRaisesTheBaseInsteadOfCollectingAgainAndAgain() {
        guard.check();
        resident.set(2000 * MB);
        assertTrue(guard.check());
        now.set(2000);
        guard.check(); // nothing was freed: base = 2000 MB
        for (int i = 0; i < 100; i++) {
            resident.set(2000 * MB + i * MB);
            assertFalse(guard.check());
        }
        assertEquals(1, collected.get());
    }

    @Test
    void anUnknownResidentSizeNeverCollects() {
        resident.set(0);
        for (int i = 0; i < 10; i++) {
            assertFalse(guard.check());
        }
        assertEquals(0, collected.get());
    }

    @Test
    void rejectsANonPositiveSlack() {
        assertThrows(IllegalArgumentException.class,
                () -> new NativeGarbageGuard(resident::get, () -> { }, now::get, 0, 0));
    }
}
