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
        return roundTrip(o, SerializationFilter.PATTERN);
    }

    private static Object roundTrip(Object o, String pattern) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(pattern));
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
        assertThrows(InvalidClassException.class, () -> roundTrip(HostileObjects.gadget()));
    }

    @Test
    void theNestedHashSetBombIsRejectedAtOnce() {
        Set<Object> root = HostileObjects.hashSetBomb();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(InvalidClassException.class, () -> roundTrip(root)));
    }

    @Test
    void aSparkDriverTakesJdkAndItsTaskResultsButNoGadgetsOrBombs() throws Exception {
        String spark = SerializationFilter.SPARK_DRIVER_PATTERN;
        assertEquals(java.util.List.of(1, 2), roundTrip(new java.util.ArrayList<>(java.util.List.of(1, 2)), spark));
        var result = new org.emotionworkbench.study.spark.SparkRunResult(1, "[1/1] a seed 1", "a", 1, true, 1, 2, 3, 4.5);
        assertEquals(result, roundTrip(result, spark));
        assertThrows(InvalidClassException.class, () -> roundTrip(HostileObjects.gadget(), spark));
        // a serializable class of the workbench outside its Spark package, and one of a library on the class path
        assertThrows(InvalidClassException.class, () -> roundTrip(new Outside(), spark));
        assertThrows(InvalidClassException.class, () -> roundTrip(org.apache.commons.lang3.tuple.Pair.of(1, 2), spark));
        Set<Object> root = HostileObjects.hashSetBomb();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(InvalidClassException.class, () -> roundTrip(root, spark)));
    }

    /** A serializable class outside every allowed package. */
    static final class Outside implements java.io.Serializable {
    }
}
