package hu.insurer.lifeaccess.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The machine the suite ran on, as docs/benchmarks.md names it. */
final class Machine {

    String postgresVersion;
    final String loadAtStart = loadAverage();

    /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}): other work on the machine shows there. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(Runtime.getRuntime().availableProcessors() + " cores"
                + line(Path.of("/proc/cpuinfo"), "model name").map(model -> " (" + model + ")").orElse(""));
        line(Path.of("/proc/meminfo"), "MemTotal").ifPresent(total -> lines.add("RAM " + String.format("%,.1f GiB",
                Long.parseLong(total.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)));
        lines.add("JDK " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        lines.add("OS " + line(Path.of("/etc/os-release"), "PRETTY_NAME").map(name -> name.replace("\"", "") + ", ")
                .orElse("") + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("H2 " + org.h2.engine.Constants.VERSION + (postgresVersion == null ? ""
                : ", PostgreSQL " + postgresVersion + " (local server, a fresh database per run)"));
        lines.add("The load generator, the databases and the application share these cores; load average (1 / 5 / 15"
                + " min) at the start " + loadAtStart + ", at the end " + loadAverage()
                + " (the run's own application, database and load generator count in it).");
        return lines;
    }

    private static Optional<String> line(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
