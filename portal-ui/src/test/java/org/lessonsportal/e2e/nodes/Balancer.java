package org.lessonsportal.e2e.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package, {@code /usr/sbin/haproxy}; override with {@code HAPROXY}) in front of the nodes, with
 * the configuration {@code deploy/haproxy-config} prints for {@code ./portal run --nodes}: the same stickiness,
 * health checks and redispatch the test then relies on.
 */
final class Balancer implements AutoCloseable {

    /** The cookie HAProxy names a person's node with. */
    static final String COOKIE = "LESSONS_NODE";

    private final Process process;
    private final int port;

    private Balancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Balancer start(int port, List<Integer> nodePorts, Path logs) {
        Path generator = Path.of(System.getProperty("portal.root", "..")).resolve("deploy/haproxy-config")
                .toAbsolutePath().normalize();
        String haproxy = System.getenv().getOrDefault("HAPROXY", "/usr/sbin/haproxy");
        if (!Files.isExecutable(Path.of(haproxy))) {
            throw new IllegalStateException("No HAProxy at " + haproxy + ": apt-get install haproxy");
        }
        try {
            Files.createDirectories(logs);
            Path config = logs.resolve("haproxy.cfg");
            List<String> command = new ArrayList<>(List.of("bash", generator.toString(), Integer.toString(port)));
            nodePorts.forEach(p -> command.add(Integer.toString(p)));
            Process generate = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(generate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!generate.waitFor(30, TimeUnit.SECONDS) || generate.exitValue() != 0) {
                throw new IllegalStateException("deploy/haproxy-config failed: " + text);
            }
            Files.writeString(config, text);
            Process process = new ProcessBuilder("timeout", "30m", haproxy, "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(logs.resolve("haproxy.log").toFile()).start();
            Balancer balancer = new Balancer(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(balancer::close, "haproxy-stop"));
            balancer.awaitListening(logs.resolve("haproxy.log"));
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start HAProxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address people use: the balancer's. */
    String url() {
        return "http://localhost:" + port;
    }

    private void awaitListening(Path log) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited while starting; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                PortalNode.pause(Duration.ofMillis(200));
            }
        }
        throw new IllegalStateException("HAProxy did not listen on " + port + " within 20 s; see " + log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
