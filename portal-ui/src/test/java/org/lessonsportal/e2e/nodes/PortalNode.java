package org.lessonsportal.e2e.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One portal node: the packaged jar in a process of its own on a port of its own, its output in a log file. The jar
 * is unpacked once ({@link #unpack}, {@code java -Djarmode=tools -jar lessons-portal.jar extract}, as
 * {@code ./portal run} does) and each node runs {@code java -jar app/lessons-portal.jar}. It is the jar of the
 * ordinary build (not the production profile's), whose Vaadin runs in development mode: that copies the front-end
 * files of the libraries' jars (found only in plain jars, not nested in the packaged one) into the project's folder,
 * which it takes to be the working folder; so each node runs in a folder of its own with a copy of the module's
 * {@code pom.xml} and front-end sources (two nodes in one folder delete each other's files while starting).
 * {@link #kill()} ends a node as {@code kill -9} does. Nodes run under {@code timeout}, so a test JVM killed without
 * its shutdown hooks leaves none behind for long.
 */
final class PortalNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PortalNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Unpacks the packaged jar into {@code folder} and returns the jar to run there. */
    static Path unpack(Path jar, Path folder) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged portal at " + jar + ": the failsafe tests run after"
                    + " the package phase, which makes it");
        }
        try {
            deleteRecursively(folder);
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                    folder.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String out = new String(extract.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
                throw new IllegalStateException("Could not unpack " + jar + ": " + out);
            }
            return folder.resolve(jar.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the jar with these settings ({@code --name=value}); does not wait (see {@link #awaitHealthy}). */
    static PortalNode start(Path jar, String name, int port, List<String> settings, Path logs) {
        List<String> command = new ArrayList<>(List.of("timeout", "30m",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(settings);
        try {
            Files.createDirectories(logs);
            Path log = logs.resolve("node-" + name + ".log");
            Path project = projectCopy(logs.resolve(name));
            ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("LESSONS_"));
            PortalNode node = new PortalNode(name, port, builder.start(), log);
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "portal-node-" + name + "-stop"));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start portal node " + name, e);
        }
    }

    /** A folder that looks like this module to Vaadin's development mode: its pom and front-end sources. */
    private static Path projectCopy(Path folder) throws IOException {
        Path module = Path.of("").toAbsolutePath();
        Path frontend = Path.of("src", "main", "frontend");
        deleteRecursively(folder);
        Files.createDirectories(folder);
        Files.copy(module.resolve("pom.xml"), folder.resolve("pom.xml"));
        try (Stream<Path> sources = Files.walk(module.resolve(frontend))) {
            for (Path source : (Iterable<Path>) sources::iterator) {
                Path relative = module.relativize(source);
                if (relative.startsWith(frontend.resolve("generated"))) {
                    continue;
                }
                Path target = folder.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return folder;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /actuator/health} answers 200, failing early when the node exits. */
    void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Portal node " + name + " exited while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Portal node " + name + " was not healthy within "
                        + timeout.toSeconds() + " s; see " + log);
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while node " + name + " was starting", e);
            }
            pause(Duration.ofMillis(500));
        }
    }

    /** Ends the node's JVM at once (SIGKILL, as {@code kill -9}): no shutdown hook, no finishing of work. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the node (its JVM first, so {@code timeout} does not outlive it), killing it if it does not stop. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
