package org.emotionworkbench.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -Pcuda compile} swaps nd4j-native for nd4j-cuda-11.6; it compiles only if no class of the workbench links
 * to a class of nd4j-native (the oneDNN shim and the batch-norm helper reach the CPU backend by name, see
 * {@link CpuBackendFlags}). The compiled main classes are searched for references (in their constant pools, as
 * internal names) to every package of the nd4j-native jar on this class path.
 */
class BackendLinkageTest {

    private static Path locationOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Set<String> packagesOf(Path jar) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            j.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                    .forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/') + 1)));
        }
        return packages;
    }

    @Test
    void noWorkbenchClassLinksToTheCpuBackendsClasses() throws Exception {
        Path cpuJar = locationOf(Class.forName("org.nd4j.linalg.cpu.nativecpu.CpuBackend"));
        Set<String> cpuPackages = packagesOf(cpuJar);
        assertTrue(cpuPackages.contains("org/nd4j/linalg/cpu/nativecpu/bindings/"), cpuPackages.toString());
        Path classes = locationOf(Dl4jRuntime.class);
        assertTrue(Files.isDirectory(classes), "main classes are a folder here: " + classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertTrue(files.size() > 100, "found " + files.size() + " classes in " + classes);
        List<String> links = new ArrayList<>();
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String p : cpuPackages) {
                if (bytes.contains(p)) {
                    links.add(classes.relativize(f) + " -> " + p);
                }
            }
        }
        assertEquals(List.of(), links, "these classes link to nd4j-native, so -Pcuda would not compile");
    }

    @Test
    void theCpuBackendsFlagsAreReachedByNameAndAnswerHere() {
        assertTrue(CpuBackendFlags.cpuBackendPresent());
        assertTrue(Dl4jRuntime.onCpuBackend());
        assertEquals("CPU", Dl4jRuntime.backendName());
        // the oneDNN build is the one pom.xml picks; the shim DL4J asks answers what the flags say
        assertEquals(CpuBackendFlags.oneDnnOn(),
                org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN());
        assertTrue(CpuBackendFlags.oneDnnOn());
        assertFalse(CpuBackendFlags.ENVIRONMENT.contains("/"));
    }
}
