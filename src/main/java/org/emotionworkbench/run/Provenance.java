package org.emotionworkbench.run;

import org.emotionworkbench.platform.Dl4jRuntime;

import java.time.Instant;

/** Software and machine a run was made with, so that a difference in results can be traced to them. */
public record Provenance(String workbenchVersion, String dl4jVersion, String javaVersion, String javaVendor,
                         String os, String arch, int cores, String backend, String createdAt) {

    public static final String DL4J_VERSION = "1.0.0-M2.1";

    public static Provenance current() {
        Dl4jRuntime.configure(); // the backend described is the one the run trains with (helpers on when requested)
        return new Provenance(WorkbenchVersion.get(), DL4J_VERSION,
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Dl4jRuntime.describe(), Instant.now().toString());
    }
}
