package org.emotionworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** CPU model, core count and the SIMD flags that matter for ND4J/oneDNN, read from /proc/cpuinfo where there is one. */
public record MachineInfo(String cpuModel, int cores, List<String> simdFlags, long maxHeapMb) {

    public static MachineInfo read() {
        String model = System.getProperty("os.arch");
        List<String> flags = List.of();
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                } else if (line.startsWith("flags") && flags.isEmpty()) {
                    flags = java.util.Arrays.stream(line.substring(line.indexOf(':') + 1).trim().split("\\s+"))
                            .filter(f -> f.startsWith("avx") || f.equals("fma") || f.startsWith("amx"))
                            .sorted().collect(Collectors.toList());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep what the JVM knows
        }
        return new MachineInfo(model, Runtime.getRuntime().availableProcessors(), flags,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %d cores, %s, max heap %d MiB", cpuModel, cores,
                simdFlags.isEmpty() ? "no AVX flags seen" : String.join(" ", simdFlags), maxHeapMb);
    }

    /** Peak resident set size of this process in MiB (Linux VmHWM), or -1 where the system does not say. */
    public static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
