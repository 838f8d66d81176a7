package org.emotionworkbench.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What {@code packaging/build.sh} made in {@code mvn verify}'s pre-integration-test phase (surefire's packaging-check
 * execution runs this class in the integration-test phase; the plain test phase does not): the app-image's launcher
 * runs the CLI with no JDK on PATH, carries the sample data and a lean runtime, and the .deb has its metadata, desktop
 * entry, icon and sample data.
 */
class PackagingIT {
    private static final Path DIST = Path.of("target", "dist");
    private static final Path IMAGE = DIST.resolve("emotion-workbench");
    private static final Path LAUNCHER = IMAGE.resolve("bin").resolve("emotion-workbench");

    record Result(int code, String out) {
    }

    /** Runs a command with an empty PATH (no java, no JDK tools) and HOME in {@code home}. */
    private static Result run(Path home, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", home.resolve("no-bin").toString());
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "still running: " + String.join(" ", command));
        return new Result(p.exitValue(), out);
    }

    private static Result tool(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "still running: " + String.join(" ", command));
        return new Result(p.exitValue(), out);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    @Test
    void launcherRunsTheCliSummaryWithoutAJdk(@TempDir Path home) throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " missing: packaging/build.sh did not run");
        Result r = run(home, LAUNCHER.toAbsolutePath().toString(), "summary", "--model", "pisa");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Total params: 1,029,223"), r.out());
        assertTrue(r.out().contains("Non-trainable params: 1,664"), r.out());
    }

    @Test
    void launcherVersionNamesTheReleaseAndItsBundledRuntime(@TempDir Path home) throws Exception {
        Result r = run(home, LAUNCHER.toAbsolutePath().toString(), "--version");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("Emotion Workbench 0."), r.out());
        assertFalse(r.out().startsWith("Emotion Workbench dev"), r.out());
        assertTrue(r.out().contains("JavaFX: 21."), r.out());
        assertTrue(r.out().contains("oneDNN"), r.out());
    }

    @Test
    void imageCarriesTheSampleDataAndALeanRuntime() throws Exception {
        Path app = IMAGE.resolve("lib").resolve("app");
        assertTrue(Files.readString(app.resolve("sample-data").resolve("README.md"))
                .contains("emotion-workbench sample-data"));
        String cfg = Files.readString(app.resolve("emotion-workbench.cfg"));
        assertTrue(cfg.contains("-Demotionworkbench.sampledata=$APPDIR/sample-data"), cfg);
        assertTrue(cfg.contains("-XX:MaxRAMPercentage=50"), cfg);
        assertTrue(cfg.contains("-XX:+UseShenandoahGC") || cfg.contains("-XX:+UseZGC"),
                "the window runs on a concurrent collector: " + cfg);
        String release = Files.readString(IMAGE.resolve("lib").resolve("runtime").resolve("release"));
        String modules = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        for (String needed : List.of("java.desktop", "jdk.unsupported", "java.sql", "jdk.crypto.ec")) {
            assertTrue(modules.contains(needed), needed + " missing from " + modules);
        }
        for (String notNeeded : List.of("jdk.compiler", "jdk.jshell", "jdk.javadoc")) {
            assertFalse(modules.contains(notNeeded), notNeeded + " in " + modules);
        }
        try (Stream<Path> natives = Files.list(app.resolve("lib"))) {
            List<String> otherPlatforms = new ArrayList<>();
            natives.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(".*-(windows|macosx|android|ios|linux-arm64|linux-ppc64le)[-.].*"))
                    .forEach(otherPlatforms::add);
            assertEquals(List.of(), otherPlatforms);
        }
    }

    @Test
    void debHasItsMetadataDesktopEntryIconAndSampleData(@TempDir Path tmp) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && onPath("dpkg-deb") && onPath("fakeroot"),
                "a .deb is built on Linux with dpkg-deb and fakeroot only (packaging/build.sh says so too)");
        Path deb;
        try (Stream<Path> files = Files.list(DIST)) {
            deb = files.filter(p -> p.getFileName().toString().matches("emotion-workbench_.*_amd64\\.deb"))
                    .findFirst().orElseThrow(() -> new AssertionError("no .deb in " + DIST));
        }
        Result info = tool("dpkg-deb", "--info", deb.toString());
        assertEquals(0, info.code(), info.out());
        for (String line : List.of("Package: emotion-workbench", "Section: science", "Architecture: amd64",
                "Description: Facial-emotion recognition workbench")) {
            assertTrue(info.out().contains(line), line + " missing from\n" + info.out());
        }
        assertFalse(info.out().contains("openjdk"), "depends on a JDK package:\n" + info.out());

        Result contents = tool("dpkg-deb", "--contents", deb.toString());
        assertEquals(0, contents.code());
        for (String path : List.of("./opt/emotion-workbench/bin/emotion-workbench",
                "./opt/emotion-workbench/lib/emotion-workbench.png",
                "./opt/emotion-workbench/lib/emotion-workbench-emotion-workbench.desktop",
                "./opt/emotion-workbench/lib/app/sample-data/README.md",
                "./opt/emotion-workbench/lib/app/sample-data/train/happy/",
                "./opt/emotion-workbench/lib/runtime/lib/libjava.so")) {
            assertTrue(contents.out().contains(path), path + " missing from the .deb");
        }

        Result unpacked = tool("dpkg-deb", "-x", deb.toString(), tmp.toString());
        assertEquals(0, unpacked.code(), unpacked.out());
        String desktop = Files.readString(
                tmp.resolve("opt/emotion-workbench/lib/emotion-workbench-emotion-workbench.desktop"));
        assertTrue(desktop.contains("Name=Emotion Workbench\n"), desktop);
        assertTrue(desktop.contains("Categories=Education;Science;"), desktop);
        assertTrue(desktop.contains("Exec=/opt/emotion-workbench/bin/emotion-workbench"), desktop);
        assertTrue(desktop.contains("Icon=/opt/emotion-workbench/lib/emotion-workbench.png"), desktop);
    }
}
