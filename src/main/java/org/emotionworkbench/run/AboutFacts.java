package org.emotionworkbench.run;

import org.emotionworkbench.platform.Dl4jRuntime;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * What {@code --version} prints and Help → About shows: the software and machine in use and the licences of what is
 * bundled. One source for both faces. The JavaFX version is read from JavaFX's own {@code javafx.properties} on the
 * classpath, so the command line reports it without starting the toolkit.
 */
public record AboutFacts(String workbenchVersion, String dl4jVersion, String backend, String javafxVersion,
                         String javaVersion, String javaVendor, String os, String arch, int cores) {

    /** The project's own licence and those of the bundled data, models and major libraries. */
    public static final List<String> LICENCES = List.of(
            "Emotion Workbench: Apache License 2.0 (LICENSE)",
            "Sample data (sample-data/): drawn by the workbench's own generator (sample-data command), "
                    + "no third-party faces; same licence as the workbench",
            "Model presets (tiny, pisa, ...): layer specs written for the workbench; no pretrained weights are bundled",
            "Deeplearning4j / ND4J / DataVec " + Provenance.DL4J_VERSION + ": Apache License 2.0 (Eclipse Deeplearning4j)",
            "JavaCPP, OpenBLAS, oneDNN, HDF5 natives: Apache 2.0 / BSD-3-Clause / Apache 2.0 / BSD-style (HDF5)",
            "OpenJFX (JavaFX): GPL v2 with the Classpath Exception",
            "ControlsFX: BSD-3-Clause",
            "Jackson, picocli, Apache Commons Math, TwelveMonkeys ImageIO: Apache 2.0 / Apache 2.0 / Apache 2.0 / BSD-3-Clause",
            "SLF4J: MIT; JNA: Apache 2.0 or LGPL 2.1",
            "Java runtime (OpenJDK): GPL v2 with the Classpath Exception");

    public AboutFacts {
        for (String s : new String[]{workbenchVersion, dl4jVersion, backend, javafxVersion, javaVersion, javaVendor,
                os, arch}) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("every fact needs a value");
            }
        }
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1, was " + cores);
        }
    }

    /** This process's facts; loads ND4J (a second or two the first time) to name the backend in use. */
    public static AboutFacts current() {
        Dl4jRuntime.configure(); // the backend described is the one training uses (helpers on when requested)
        return new AboutFacts(WorkbenchVersion.get(), Provenance.DL4J_VERSION, Dl4jRuntime.describe(),
                javafxRuntimeVersion(), System.getProperty("java.version"),
                Objects.requireNonNullElse(System.getProperty("java.vendor"), "unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
    }

    /** JavaFX's runtime version from its jar's {@code javafx.properties}, or "not on the class path". */
    static String javafxRuntimeVersion() {
        try (InputStream in = AboutFacts.class.getResourceAsStream("/javafx.properties")) {
            if (in == null) {
                return "not on the class path";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("javafx.runtime.version", p.getProperty("javafx.version"));
            return v == null || v.isBlank() ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The facts, one "Name: value" a line, then the licences. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(List.of(
                "Emotion Workbench " + workbenchVersion,
                "Deeplearning4j / ND4J: " + dl4jVersion,
                "Backend: " + backend,
                "JavaFX: " + javafxVersion,
                "Java: " + javaVersion + " (" + javaVendor + ")",
                "OS: " + os + " (" + arch + ")",
                "CPU cores: " + cores,
                "",
                "Licences and sources:"));
        for (String l : LICENCES) {
            out.add("  " + l);
        }
        return List.copyOf(out);
    }
}
