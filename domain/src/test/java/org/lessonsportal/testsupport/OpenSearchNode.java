package org.lessonsportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OpenSearch 2.x node for the tests that run the search on OpenSearch, started the way the browser tests start
 * Keycloak: from the {@code org.opensearch.distribution.integ-test-zip} zip that the build unpacks under
 * {@code target/opensearch/} (profile {@code opensearch} of the domain module), with the {@code analysis-common}
 * (synonyms, stemmers, English stop words), {@code reindex} (delete by query) and {@code lang-painless} modules copied
 * beside its own from their Maven Central jars, and the k-NN plugin ({@code knn_vector}, ranking by meaning) unpacked
 * into {@code plugins/}. The version is the newest 2.x whose k-NN plugin is on Maven Central (a plugin must match
 * OpenSearch's version exactly).
 *
 * <p>{@link #shared()} starts it on first use on free loopback ports ({@code discovery.type=single-node}, a small
 * heap, a fresh data folder), waits until the cluster's health is yellow or green, and stops it when the JVM exits.
 * It never outlives its purpose: it runs under {@code timeout} ({@code opensearch.max-lifetime-minutes}, default 30),
 * so a test JVM killed without its shutdown hook leaves no node behind for long.
 *
 * <p>OpenSearch refuses to run as root. When the tests run as root (as CI does), the node runs as the unprivileged
 * user {@code nobody} through {@code setpriv}, and the unpacked distribution is handed to that user first; otherwise
 * it runs as the current user. The distribution is unpacked once and reused by later runs.
 *
 * <p>System properties: {@code opensearch.home} (default {@code target/opensearch/opensearch-<version>}),
 * {@code opensearch.start-timeout-seconds} (default 120), {@code opensearch.heap} (the node's heap, default
 * {@code 384m}: enough for the tests; the search benchmark at 100,000 lessons gives it more, see
 * {@code docs/benchmarks.md}).
 */
public final class OpenSearchNode {

    public static final String VERSION = "2.19.1";
    private static final Logger log = LoggerFactory.getLogger(OpenSearchNode.class);
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("opensearch.start-timeout-seconds", 120));
    private static final long MAX_LIFETIME_MINUTES = Long.getLong("opensearch.max-lifetime-minutes", 30);
    private static final String HEAP = System.getProperty("opensearch.heap", "384m").strip();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static OpenSearchNode shared;
    private static RuntimeException startFailure;

    private final Process process;
    private final int port;
    private final Duration startTime;

    private OpenSearchNode(Process process, int port, Duration startTime) {
        this.process = process;
        this.port = port;
        this.startTime = startTime;
    }

    /** The one node of this JVM, started on first call and stopped when the JVM exits. */
    public static synchronized OpenSearchNode shared() {
        if (startFailure != null) {
            throw new IllegalStateException("OpenSearch failed to start earlier in this JVM", startFailure);
        }
        if (shared == null) {
            try {
                shared = start(home());
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "opensearch-stop"));
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** How long the node took from launch to a yellow or green cluster. */
    public Duration startTime() {
        return startTime;
    }

    /** The response body of a POST of JSON to the node, e.g. to {@code /lessons/_analyze}. */
    public String post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(uri() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** Stops the node (and waits for it, then kills it if it does not stop). */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path home() {
        return Path.of(System.getProperty("opensearch.home", "target/opensearch/opensearch-" + VERSION))
                .toAbsolutePath().normalize();
    }

    private static OpenSearchNode start(Path home) {
        if (!Files.isRegularFile(home.resolve("bin/opensearch"))) {
            throw new IllegalStateException("No OpenSearch distribution in " + home
                    + ": run the tests with the Maven profile opensearch, which unpacks it");
        }
        try {
            addModules(home);
            Path data = home.resolve("data");
            deleteRecursively(data);
            Files.createDirectories(data);
            Files.createDirectories(home.resolve("logs"));
            boolean root = isRoot();
            String uid = null;
            String gid = null;
            if (root) {
                uid = idOf(UNPRIVILEGED_USER, "-u");
                gid = idOf(UNPRIVILEGED_USER, "-g");
                handTo(home, Integer.parseInt(uid), Integer.parseInt(gid));
            }
            int port = freePort();
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid,
                        "--clear-groups", "--"));
            }
            command.addAll(List.of("timeout", MAX_LIFETIME_MINUTES + "m", home.resolve("bin/opensearch").toString(),
                    "-E", "discovery.type=single-node", "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + port, "-E", "transport.port=" + freePort(),
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                    "-E", "action.destructive_requires_name=false"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(home.resolve("logs/test-node.out").toFile());
            builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            if (!HEAP.matches("\\d+[kmgKMG]?")) {
                throw new IllegalStateException("opensearch.heap must be a Java heap size such as 384m or 1g: " + HEAP);
            }
            builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms" + HEAP + " -Xmx" + HEAP);
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            long started = System.nanoTime();
            Process process = builder.start();
            OpenSearchNode node = new OpenSearchNode(process, port, Duration.ZERO);
            try {
                node.awaitHealthy();
            } catch (RuntimeException e) {
                node.stop();
                throw e;
            }
            Duration startTime = Duration.ofNanos(System.nanoTime() - started);
            log.info("OpenSearch {} ready at http://127.0.0.1:{} in {} ms, heap {}{}", VERSION, port,
                    startTime.toMillis(), HEAP, root ? " (as " + UNPRIVILEGED_USER + ": it refuses root)" : "");
            return new OpenSearchNode(process, port, startTime);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be started from " + home, e);
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped while starting (exit " + process.exitValue()
                        + "); see " + home().resolve("logs/test-node.out"));
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(
                        uri() + "/_cluster/health?wait_for_status=yellow&timeout=1s")).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while OpenSearch was starting", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while OpenSearch was starting", e);
            }
        }
        throw new IllegalStateException("OpenSearch was not healthy within " + START_TIMEOUT + "; see "
                + home().resolve("logs/test-node.out"));
    }

    /**
     * The integ-test zip has neither the {@code analysis-common} module (stemmers, synonyms, pattern filters) nor the
     * {@code reindex} module (delete by query, used by the mass indexer's purge) nor the {@code lang-painless} module
     * (which the k-NN plugin extends): the build copies their jars into {@code modules/}; OpenSearch loads a module
     * only with a plugin descriptor beside its jars. Painless also needs its permissions (those of its own policy in
     * a distribution).
     */
    private static void addModules(Path home) throws IOException {
        addModule(home, "analysis-common", "org.opensearch.analysis.common.CommonAnalysisPlugin",
                "Analysis components: synonyms, stemmers, stop words");
        addModule(home, "reindex", "org.opensearch.index.reindex.ReindexPlugin", "Reindex and delete by query");
        addModule(home, "lang-painless", "org.opensearch.painless.PainlessPlugin", "Painless scripting language");
        Files.writeString(home.resolve("modules/lang-painless/plugin-security.policy"), String.join("\n",
                "grant {",
                "  permission java.lang.RuntimePermission \"createClassLoader\";",
                "  permission java.lang.RuntimePermission \"getClassLoader\";",
                "};", ""));
        if (!Files.isRegularFile(home.resolve("plugins/opensearch-knn/plugin-descriptor.properties"))) {
            throw new IllegalStateException("No k-NN plugin in " + home.resolve("plugins/opensearch-knn")
                    + ": run the tests with the Maven profile opensearch, which unpacks it there");
        }
    }

    private static void addModule(Path home, String name, String pluginClass, String description) throws IOException {
        Path module = home.resolve("modules").resolve(name);
        try (Stream<Path> files = Files.isDirectory(module) ? Files.list(module) : Stream.empty()) {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith(".jar"))) {
                throw new IllegalStateException("No " + name + " jar in " + module
                        + ": run the tests with the Maven profile opensearch, which copies it there");
            }
        }
        Files.writeString(module.resolve("plugin-descriptor.properties"), String.join("\n",
                "description=" + description,
                "version=" + VERSION,
                "name=" + name,
                "classname=" + pluginClass,
                "java.version=11",
                "opensearch.version=" + VERSION, ""));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Gives every file of the distribution to the user the node runs as (it writes data, logs and config). */
    private static void handTo(Path home, int uid, int gid) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setAttribute(file, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(file, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** The numeric user ({@code -u}) or group ({@code -g}) id of a user, from {@code id}. */
    private static String idOf(String user, String which) throws IOException {
        Process id = new ProcessBuilder("id", which, user).redirectErrorStream(true).start();
        try {
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (id.waitFor() != 0 || !out.matches("\\d+")) {
                throw new IllegalStateException("No user " + user + " to run OpenSearch as (it refuses root): " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + ": "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
