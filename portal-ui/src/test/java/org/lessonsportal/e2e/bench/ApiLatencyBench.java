package org.lessonsportal.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.springframework.test.context.TestPropertySource;

/**
 * The open API at scale, measured from outside: whole HTTP requests (bearer token from the real Keycloak checked,
 * search, JSON written) against the database and index the domain's search benchmark filled. Not a test: it runs only
 * when {@code bench.db.url} is set (see {@code docs/benchmarks.md} for the command), after
 * {@code SearchBenchmark} has put its lessons into that database and its index into {@code bench.index.dir}.
 * Requests are sent one after another on one connection, as a client system would; results are printed and written
 * to {@code target/bench/api-latency.md}.
 */
@EnabledIfSystemProperty(named = "bench.db.url", matches = ".+")
@TestPropertySource(properties = {
        "spring.datasource.url=${bench.db.url}",
        "spring.datasource.username=${bench.db.user:postgres}",
        "spring.datasource.password=${bench.db.password:}",
        "lessons.search.directory-type=local-filesystem",
        "lessons.search.directory=${bench.index.dir}",
        "lessons.search.reindex-on-start=never",
        "lessons.demo-data=false"})
class ApiLatencyBench extends PortalWithKeycloak {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WORDS = List.of("fax removal", "EPR go-live", "ePMA", "virtual ward", "PACS",
            "shared care record", "phishing", "Windows 11", "data migration", "e-rostering", "NHS App",
            "cloud migration", "floor walkers", "A&E", "GP", "cutover", "secure email", "MFA", "speech recognition",
            "order comms", "remote monitoring", "training", "", "EHR", "DSPT", "electronic prescribing pharmacists");
    private static final List<String> TYPES = List.of("fax-removal", "electronic-patient-record", "e-prescribing",
            "interoperability", "remote-monitoring");
    private static final List<String> DESCRIPTIONS = List.of(
            "We are about to replace fax machines in our community trust with secure email and e-referrals",
            "Our acute trust is going live with a new electronic patient record next spring and worries about cutover",
            "We want to roll out electronic prescribing and medicines administration on our mental health wards",
            "A GP federation planning to share care records with the local hospital and social care",
            "Setting up a virtual ward with remote monitoring for frail patients at home");

    private final Random random = new Random(20_261_125L);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void apiRequestLatency() throws Exception {
        String token = keycloak().clientCredentials(KeycloakServer.API_CLIENT_ID, KeycloakServer.API_CLIENT_SECRET)
                .accessToken();
        int searches = Integer.getInteger("bench.api.requests", 1000);
        List<String> searchPaths = new ArrayList<>();
        for (int i = 0; i < searches; i++) {
            searchPaths.add(searchPath());
        }
        List<String> similarPaths = new ArrayList<>();
        for (int i = 0; i < searches / 4; i++) {
            similarPaths.add("/api/lessons/similar?size=10&text="
                    + encode(DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size()))));
        }

        long total = JSON.readTree(get("/api/lessons?size=1", token)).get("total").asLong();
        for (int i = 0; i < 200; i++) {
            get(searchPaths.get(i % searchPaths.size()), token);
            get(similarPaths.get(i % similarPaths.size()), token);
        }
        long[] searchTimes = time(searchPaths, token);
        long[] similarTimes = time(similarPaths, token);

        Map<String, String> results = new LinkedHashMap<>();
        results.put("Published lessons", String.format(Locale.UK, "%,d", total));
        results.put("Processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
        results.put("GET /api/lessons (" + searchTimes.length + " requests)", percentiles(searchTimes));
        results.put("GET /api/lessons/similar (" + similarTimes.length + " requests)", percentiles(similarTimes));
        results.put("Load average (1 min)", String.format(Locale.UK, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        StringBuilder table = new StringBuilder("\n| API request, measured by the client | result |\n|---|---|\n");
        results.forEach((k, v) -> {
            System.out.println("BENCH " + k + ": " + v);
            table.append("| ").append(k).append(" | ").append(v).append(" |\n");
        });
        Path out = Path.of("target/bench/api-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
        assertThat(total).as("lessons in the benchmark database").isPositive();
    }

    private String searchPath() {
        StringBuilder path = new StringBuilder("/api/lessons?q=")
                .append(encode(WORDS.get(random.nextInt(WORDS.size()))));
        if (random.nextInt(100) < 35) {
            path.append("&projectType=").append(TYPES.get(random.nextInt(TYPES.size())));
        }
        if (random.nextInt(100) < 20) {
            path.append("&setting=acute");
        }
        if (random.nextInt(100) < 10) {
            path.append("&region=london");
        }
        if (random.nextInt(100) < 20) {
            path.append("&sort=newest");
        }
        if (random.nextInt(100) < 10) {
            path.append("&page=").append(1 + random.nextInt(4));
        }
        return path.toString();
    }

    private long[] time(List<String> paths, String token) throws Exception {
        long[] times = new long[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            long start = System.nanoTime();
            get(paths.get(i), token);
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    private String get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.UK, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", at(sorted, 50), at(sorted, 95),
                at(sorted, 99));
    }

    private static double at(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
