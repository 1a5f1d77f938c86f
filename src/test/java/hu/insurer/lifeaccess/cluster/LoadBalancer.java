package hu.insurer.lifeaccess.cluster;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * HAProxy from the Debian package, started in the foreground with a configuration of its own on a loopback port
 * (never the system service): round robin over the nodes' ports, each checked on its readiness probe every
 * second; the answering node's id is in the {@code X-Served-By} response header.
 */
final class LoadBalancer {

    private final int port;
    private final Path config = Path.of("target", "cluster-it", "haproxy.cfg");
    private final Path log = Path.of("target", "cluster-it", "haproxy.log");
    private Process process;

    LoadBalancer(int port) {
        this.port = port;
    }

    static String haproxy() {
        for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start(List<ApplicationNode> nodes) throws IOException, InterruptedException {
        Files.createDirectories(config.getParent());
        String servers = nodes.stream()
                .map(node -> "  server " + node.nodeId() + " 127.0.0.1:" + node.port() + " check")
                .collect(Collectors.joining("\n"));
        Files.writeString(config, """
                global
                  maxconn 512
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 90s
                  timeout server 90s
                  retries 3
                  option redispatch
                frontend lifeaccess
                  bind 127.0.0.1:%d
                  default_backend nodes
                backend nodes
                  balance roundrobin
                  option httpchk GET /actuator/health/readiness
                  http-check expect status 200
                  default-server inter 1s fall 2 rise 2
                  http-response set-header X-Served-By %%s
                %s
                """.formatted(port, servers));
        process = new ProcessBuilder(haproxy(), "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new AssertionError("haproxy exited: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("haproxy does not listen on " + port);
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
