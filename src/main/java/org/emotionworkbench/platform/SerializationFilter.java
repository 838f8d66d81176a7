package org.emotionworkbench.platform;

import java.io.ObjectInputFilter;

/**
 * The process-wide Java deserialization filter (JEP 290): the workbench itself deserializes nothing from files — model
 * zips are read through {@code model/ModelZip}, settings and run records are JSON — so every class is rejected except
 * the one the window's own drag and drop carries (JavaFX serializes a custom clipboard format's content: the layer
 * editor drags an {@link Integer} row index). Depth, reference and size limits stop a nested-collection bomb even
 * before its classes are checked. A library that tried to deserialize anything else gets an
 * {@link java.io.InvalidClassException} instead of running the object's code.
 */
public final class SerializationFilter {
    /** The filter pattern, in {@link ObjectInputFilter.Config#createFilter} syntax. */
    public static final String PATTERN =
            "maxdepth=5;maxrefs=100;maxbytes=65536;maxarray=1024;java.lang.Integer;java.lang.Number;!*";

    /**
     * The filter of a Spark driver ({@code study run --spark}), whose RPC, task results and block transfers are Java
     * serialization: the JDK's, Scala's and Spark's classes (with the libraries Spark shades or ships for its own
     * messages) and the workbench's Spark task results; every other class is rejected, the JDK's known gadget entry
     * points (JMX, JNDI, RMI, scripting) first. A depth limit stops nested-collection bombs, which only JDK classes
     * need; Spark's messages are shallow (Scala 2.13 collections serialize through a flat proxy).
     */
    public static final String SPARK_DRIVER_PATTERN = "maxdepth=64;"
            + "!javax.management.**;!javax.naming.**;!java.rmi.**;!javax.script.**;!sun.**;!com.sun.**;!jdk.**;"
            + "java.**;javax.**;scala.**;org.apache.spark.**;org.sparkproject.**;org.roaringbitmap.**;"
            + "org.emotionworkbench.study.spark.**;!*";

    private SerializationFilter() {
    }

    /** As {@link #install()}, with {@link #SPARK_DRIVER_PATTERN}: for a process that is a Spark driver. */
    public static boolean installForSparkDriver() {
        return install(SPARK_DRIVER_PATTERN);
    }

    /**
     * Installs the filter unless one is already set (by {@code -Djdk.serialFilter} or an earlier call). Returns whether
     * the workbench's filter is the one in force afterwards.
     */
    public static boolean install() {
        return install(PATTERN);
    }

    private static synchronized boolean install(String pattern) {
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current != null) {
            return pattern.equals(current.toString());
        }
        ObjectInputFilter.Config.setSerialFilter(ObjectInputFilter.Config.createFilter(pattern));
        return true;
    }
}
