package org.lessonsportal.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The production jar ({@code java -jar lessons-portal.jar}, as {@code ./portal run} starts it) in a JVM of its own,
 * with a fresh embedded H2 database and the demo lessons in its own working directory, so that its heap holds the
 * portal and nothing of the benchmark or the browsers. Its heap is read with {@code jcmd}.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(900);
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

    private final Process process;
    private final String url;
    private final List<String> jvmArgs;

    /**
     * Starts the jar on {@code port} with the embedded database (and demo lessons) under {@code workDir} and the
     * identity provider at {@code issuer}, and waits until {@code /actuator/health} answers.
     */
    static PortalProcess start(Path jar, int port, String issuer, List<String> jvmArgs, Path workDir, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar + ". Build it first with "
                    + "./mvnw -B -Pproduction -DskipTests package (or ./portal run), or set -Dbench.portal-jar.");
        }
        try {
            deleteRecursively(workDir);
            Files.createDirectories(workDir);
            Files.createDirectories(log.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--lessons.oidc.issuer=" + issuer,
                "--lessons.demo-data=true",
                "--lessons.review.notifications.base-url=http://localhost:" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
        PortalProcess portal = new PortalProcess(process, "http://localhost:" + port, List.copyOf(jvmArgs));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "bench-portal-stop"));
        portal.awaitHealthy(log);
        return portal;
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    List<String> jvmArgs() {
        return jvmArgs;
    }

    private void awaitHealthy(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with code " + process.exitValue()
                        + " while starting; see " + log.toAbsolutePath());
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("The portal did not answer within " + START_TIMEOUT.toSeconds()
                        + " s; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the portal", e);
            }
            sleep(1000);
        }
    }

    // ------------------------------------------------------------------------------------------------- the heap

    /**
     * What one class histogram (taken right after a full GC of the portal's JVM) says: the live bytes, how many Vaadin
     * sessions, UIs and servlet sessions are alive, and the live bytes and instances of each class.
     */
    record Histogram(long liveBytes, long vaadinSessions, long uis, long httpSessions, Map<String, long[]> byClass,
                     String text) {
    }

    /** {@code jcmd GC.run}: a full collection. */
    void fullGc() {
        jcmd("GC.run");
    }

    /**
     * {@code jcmd GC.class_histogram}, which first runs a full GC and then counts the live objects only: their total
     * size, and how many Vaadin sessions, UIs and servlet sessions are alive.
     */
    Histogram histogram() {
        long vaadinSessions = 0;
        long uis = 0;
        long httpSessions = 0;
        Long total = null;
        Map<String, long[]> byClass = new HashMap<>();
        String text = jcmd("GC.class_histogram");
        for (String line : text.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                long instances = Long.parseLong(row.group(1));
                String type = row.group(3);
                byClass.merge(type, new long[] {instances, Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                if (type.equals("com.vaadin.flow.server.VaadinSession")
                        || type.equals("com.vaadin.flow.spring.SpringVaadinSession")) {
                    vaadinSessions += instances;
                } else if (type.equals("com.vaadin.flow.component.UI")) {
                    uis += instances;
                } else if (type.equals("org.apache.catalina.session.StandardSession")) {
                    httpSessions += instances;
                }
                continue;
            }
            Matcher sum = HISTOGRAM_TOTAL.matcher(line);
            if (sum.find()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        if (total == null) {
            throw new IllegalStateException("jcmd GC.class_histogram printed no total");
        }
        return new Histogram(total, vaadinSessions, uis, httpSessions, byClass, text);
    }

    /** The heap's "used" bytes from {@code jcmd GC.heap_info} (G1 rounds up to whole regions' tops). */
    long heapUsedBytes() {
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no used size");
        }
        return Long.parseLong(m.group(2)) * 1024;
    }

    /** {@code jcmd VM.flags}: the flags the JVM chose and was given. */
    String vmFlags() {
        String out = jcmd("VM.flags").strip();
        int newline = out.indexOf('\n');
        return newline < 0 ? out : out.substring(newline + 1).strip();
    }

    String jcmd(String command) {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(process.pid()),
                command).redirectErrorStream(true);
        try {
            Process jcmd = builder.start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
