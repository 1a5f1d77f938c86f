package hu.insurer.lifeaccess.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.insurer.lifeaccess.support.ChildProcesses;

/**
 * A Spring Boot application in a JVM of its own, started from this JVM's class path with the given JVM flags, so
 * that its start-up time and resident memory are its own. Its output goes to {@code target/benchmark/<name>.log}.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final long startedAt;
    private Duration startup;
    private long peakRssSampled;

    private ChildJvm(String name, int port, Path log, Process process, long startedAt) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedAt = startedAt;
    }

    /**
     * Starts {@code mainClass}. With {@code withTestClasses} false the class path is the application's own (its
     * classes and dependencies, not the test classes, whose nested test configurations component scanning would
     * find).
     */
    static ChildJvm start(String name, List<String> jvmFlags, String mainClass, boolean withTestClasses, int port,
            Map<String, String> environment, List<String> arguments) {
        Path log = Path.of("target", "benchmark", name + ".log");
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.java());
        command.addAll(jvmFlags);
        if (Boolean.getBoolean("benchmark.jfr")) {
            // a CPU profile of the child for finding where the time goes: target/benchmark/<name>.jfr
            command.add("-XX:StartFlightRecording=filename=" + log.resolveSibling(name + ".jfr") + ",settings=profile");
        }
        command.add("-cp");
        command.add(classPath(withTestClasses));
        command.add(mainClass);
        command.addAll(arguments);
        Map<String, String> with = new HashMap<>(environment);
        with.put("PORT", String.valueOf(port));
        long startedAt = System.nanoTime();
        Process process = ChildProcesses.start(command, with, log);
        return new ChildJvm(name, port, log, process, startedAt);
    }

    private static String classPath(boolean withTestClasses) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> withTestClasses || !entry.replace('\\', '/').endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code path} answers 200; the start-up time is until then. */
    ChildJvm awaitReady(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ChildProcesses.answers200(url() + path)) {
                startup = Duration.ofNanos(System.nanoTime() - startedAt);
                return this;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    Duration startup() {
        return startup;
    }

    /** The resident set size now, in bytes ({@code VmRSS} of {@code /proc/<pid>/status}). */
    long rss() {
        long rss = status("VmRSS");
        peakRssSampled = Math.max(peakRssSampled, rss);
        return rss;
    }

    /** The largest resident set size the process had so far ({@code VmHWM}). */
    long peakRss() {
        return Math.max(status("VmHWM"), peakRssSampled);
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
    }
}
