package org.cosmodrome.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The machine a bench runs on, for the first line of its report. */
final class Machine {

    private Machine() {
    }

    /** @return "Run DATE on CPU, N cores, VM VERSION, max heap M MB" (the CPU from /proc/cpuinfo on Linux) */
    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the CPU unnamed
        }
        return "Run " + LocalDate.now() + " on " + cpu + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    /**
     * @return the 1-minute load average from /proc/loadavg, or NaN where there is none: above the number of cores,
     *         other processes share the CPU and timings are slower and noisier than the machine's
     */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
