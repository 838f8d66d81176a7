package org.emotionworkbench.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The workbench's deserialization filter, applied to one stream (the process-wide one is set only by Main). */
class SerializationFilterTest {
    private static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(SerializationFilter.PATTERN));
            return in.readObject();
        }
    }

    @Test
    void theLayerEditorsDraggedRowIndexStillPasses() throws Exception {
        assertEquals(7, roundTrip(7));
    }

    @Test
    void anyOtherClassIsRejected() {
        assertThrows(InvalidClassException.class, () -> roundTrip(new java.util.ArrayList<>(java.util.List.of(1))));
        assertThrows(InvalidClassException.class, () -> roundTrip(new java.util.Date()));
    }

    @Test
    void theNestedHashSetBombIsRejectedAtOnce() {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(InvalidClassException.class, () -> roundTrip(root)));
    }
}
