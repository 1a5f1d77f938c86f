package hu.insurer.lifeaccess.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import hu.insurer.lifeaccess.support.ChildProcesses;
import hu.insurer.lifeaccess.support.ScratchPostgres;

/**
 * One node: the packaged application ({@code java -jar target/life-access-security-code-*.jar}) in an OS process of
 * its own, configured as an operator would, through environment variables; its output goes to
 * {@code target/cluster-it/<node id>.log}.
 */
final class ApplicationNode {

    private final String nodeId;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private long startedAt;
    private Duration startup;

    ApplicationNode(String nodeId, int port, Map<String, String> environment) {
        this.nodeId = nodeId;
        this.port = port;
        this.environment = environment;
        this.log = Path.of("target", "cluster-it", nodeId + ".log");
    }

    /** A node of the {@code postgres} profile on this database, its job locks held for {@code lockTimeMillis}. */
    static Map<String, String> onPostgres(ScratchPostgres database, int lockTimeMillis) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("DB_URL", database.url());
        environment.put("DB_USERNAME", database.user());
        environment.put("DB_PASSWORD", database.password());
        environment.put("JOB_LOCK_TIME_MILLIS", String.valueOf(lockTimeMillis));
        // an idle job executor looks for due jobs (a dead node's, once their lock expired) at least every 5 s
        environment.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "5000");
        return environment;
    }

    /**
     * The settings of the HTTP SMS gateway ({@code life-access.sms.gateway=http}, {@code life-access.sms.http.*})
     * to a provider at {@code url}, and the send job's retry cycle ({@code life-access.sms.retry-cycle}).
     */
    static Map<String, String> withHttpSms(Map<String, String> environment, String url, String username,
            String password, String retryCycle) {
        Map<String, String> with = new HashMap<>(environment);
        with.put("LIFEACCESS_SMS_GATEWAY", "http");
        with.put("LIFEACCESS_SMS_HTTP_URL", url);
        with.put("LIFEACCESS_SMS_HTTP_USERNAME", username);
        with.put("LIFEACCESS_SMS_HTTP_PASSWORD", password);
        with.put("LIFEACCESS_SMS_HTTP_SENDERID", "UP Elet");
        with.put("LIFEACCESS_SMS_RETRYCYCLE", retryCycle);
        return with;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Path packagedJar() {
        File[] jars = new File("target").listFiles((dir, name) ->
                name.startsWith("life-access-security-code-") && name.endsWith(".jar") && !name.endsWith("-plain.jar"));
        return jars == null || jars.length == 0 ? null : jars[0].toPath();
    }

    String nodeId() {
        return nodeId;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    Duration startup() {
        return startup;
    }

    void start() {
        List<String> command = List.of(ChildProcesses.java(), "-Xmx512m", "-XX:+UseSerialGC", "-jar",
                packagedJar().toString());
        Map<String, String> with = new HashMap<>(environment);
        with.put("NODE_ID", nodeId);
        with.put("PORT", String.valueOf(port));
        startedAt = System.nanoTime();
        startup = null;
        process = ChildProcesses.start(command, with, log);
    }

    /** Waits until the readiness probe answers 200; fails with the end of the log when the process dies first. */
    void awaitReady(Duration timeout) throws InterruptedException {
        awaitReady(List.of(this), timeout);
    }

    /** Waits for all the nodes at once, so that each one's start-up time is when it became ready. */
    static void awaitReady(List<ApplicationNode> nodes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (ApplicationNode node : nodes) {
                if (node.startup != null) {
                    continue;
                }
                if (!node.process.isAlive()) {
                    throw new AssertionError(node.nodeId + " exited with " + node.process.exitValue() + ":\n"
                            + node.logTail(60));
                }
                if (node.isReady()) {
                    node.startup = Duration.ofNanos(System.nanoTime() - node.startedAt);
                } else {
                    all = false;
                }
            }
            if (all) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready after " + timeout + ":\n" + nodes.stream()
                .filter(node -> node.startup == null).map(node -> node.nodeId + ":\n" + node.logTail(60)).toList());
    }

    boolean isReady() {
        return ChildProcesses.answers200(url() + "/actuator/health/readiness");
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGSTOP: the JVM stops where it is and commits nothing more until {@link #resume()} (or a kill). */
    void pause() throws InterruptedException {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    void resume() throws InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws InterruptedException {
        try {
            int exit = kill(signal);
            if (exit != 0) {
                throw new IllegalStateException("kill " + signal + " " + process.pid() + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no rollback by the node, connections just drop. */
    void kill9() throws InterruptedException {
        try {
            kill("-9");
        } catch (IOException e) {
            process.destroyForcibly();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private int kill(String signal) throws IOException, InterruptedException {
        return new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
    }

    /** SIGTERM: Spring's graceful shutdown; SIGKILL when it takes longer than 60 s. */
    void stop() {
        ChildProcesses.stop(process);
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
