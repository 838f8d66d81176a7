package org.emotionworkbench.study.spark;

import java.io.Serializable;

/**
 * What a Spark task sends back about its run: whether it trained (false: it was finished and only evaluations, if
 * any, were missing), the executor's memory after it and its seconds.
 */
public record SparkRunResult(int number, String label, String group, long seed, boolean trained, long residentBytes,
                             long heapUsedBytes, long javacppBytes, double seconds) implements Serializable {
}
