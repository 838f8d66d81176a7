package org.emotionworkbench.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;

/** Java-serialized objects that attack whoever deserializes them, for tests of the workbench's defences. */
public final class HostileObjects {
    private HostileObjects() {
    }

    /**
     * The denial-of-service object of issue 14 (a 5.7 KB nest of HashSets): deserializing it computes 2^100 hash codes,
     * i.e. never ends.
     */
    public static Set<Object> hashSetBomb() {
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
        return root;
    }

    /**
     * A gadget-style object: a serializable JDK class that deserialization gadget chains start from (its
     * {@code readObject} calls {@code toString} on what it holds), and one outside the workbench's allow-list.
     */
    public static Object gadget() {
        return new javax.management.BadAttributeValueExpException("gadget");
    }

    public static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
