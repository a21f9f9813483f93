package org.lessonsportal.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lessonsportal.e2e.bench.PortalProcess.Histogram;
import org.lessonsportal.e2e.pages.HomePage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonsPage;
import org.lessonsportal.e2e.pages.PortalPage;
import org.lessonsportal.e2e.pages.VaadinPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.KeycloakServer;

/**
 * Server memory per signed-in UI session (docs/benchmarks.md). Not part of the normal build: it runs only with
 * {@code -Dbench.sessions=10,20} (the Maven profile {@code ui-bench} in {@code portal-ui/pom.xml} sets it and runs
 * nothing else).
 *
 * <p>The production jar runs in a JVM of its own (as {@code ./portal run} starts it: embedded H2 with the demo lessons,
 * {@code -Xmx512m}, plus {@code -XX:SoftRefLRUPolicyMSPerMB=0}; {@code -Dbench.portal-jvm-args} replaces both) against
 * the real Keycloak. One warm-up session visits every view and signs out. Then the live heap after a full GC is
 * measured with no signed-in session, and again after each count of {@code bench.sessions} (cumulative, ascending):
 * each session is a Chromium of its own (its own cookies), signs in as a demo contributor through Keycloak, opens Home,
 * Lessons and the same lesson as the warm-up and stays on the lesson page. Last, every session opens the lesson editor
 * (the heaviest view) and the heap is measured once more. Per session = (live heap with N sessions − live heap with
 * none) / N.
 *
 * <p>The live heap is the total of {@code jcmd GC.class_histogram} (which runs a full GC and counts only live objects),
 * the median of three, after {@code bench.settle-seconds} (75) idle; the histogram also gives the number of Vaadin
 * sessions, UIs and servlet sessions alive. Results are printed and written to {@code target/bench/ui-memory.md}, with
 * the classes that grew most and each measurement's histogram beside it.
 */
@EnabledIfSystemProperty(named = "bench.sessions", matches = ".*[0-9].*")
class UiSessionMemoryBench {

    /** Demo accounts that may open the lesson editor (contributors). */
    private static final List<String> USERS = List.of("alice", "rita", "bob", "carol", "pat");
    /**
     * As {@code ./portal run} ({@code -Xmx512m}), and soft references cleared at every GC, so that caches the JVM may
     * drop at will (and drops at unpredictable times otherwise) do not blur the figure.
     */
    private static final String DEFAULT_JVM_ARGS = "-Xmx512m -XX:SoftRefLRUPolicyMSPerMB=0";
    private static final double MB = 1024.0 * 1024.0;

    @Test
    void serverMemoryPerSignedInUiSession() throws IOException {
        List<Integer> counts = Arrays.stream(System.getProperty("bench.sessions").split("[,\\s]+"))
                .filter(s -> !s.isBlank()).map(String::trim).map(Integer::parseInt).filter(n -> n > 0)
                .sorted().distinct().toList();
        assertThat(counts).as("bench.sessions, e.g. 10,20").isNotEmpty();
        Path out = Path.of(System.getProperty("bench.output", "target/bench"));
        Path jar = Path.of(System.getProperty("bench.portal-jar", "target/production/lessons-portal.jar"));
        List<String> jvmArgs = Arrays.stream(System.getProperty("bench.portal-jvm-args", DEFAULT_JVM_ARGS).trim()
                .split("\\s+")).filter(s -> !s.isBlank()).toList();
        long settleSeconds = Long.getLong("bench.settle-seconds", 75);

        String loadBefore = loadAverage();
        int port = KeycloakServer.portalPortForThisJvm();
        KeycloakServer keycloak = KeycloakServer.shared(port);
        List<Session> sessions = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (PortalProcess portal = PortalProcess.start(jar, port, keycloak.issuerUri(), jvmArgs,
                out.resolve("portal-work"), out.resolve("portal.log"))) {
            log("Portal (pid %d) at %s; warming up with one session that visits every view and signs out",
                    portal.pid(), portal.url());
            String lesson = warmUp(portal.url());
            log("Every session opens the lesson \"%s\"", lesson);

            Measurement none = measure(portal, "no signed-in session", settleSeconds, out);
            rows.add(new Row("none", 0, none, none, 0));

            Measurement previous = none;
            for (int n : counts) {
                long started = System.nanoTime();
                while (sessions.size() < n) {
                    sessions.add(Session.open(portal.url(), sessions.size(), lesson));
                    log("  session %d of %d open (%s, on a lesson page)", sessions.size(), n,
                            sessions.get(sessions.size() - 1).user);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                Measurement m = measure(portal, n + " sessions on a lesson page", settleSeconds, out);
                assertHeld(none, m, n);
                rows.add(new Row("Home, Lessons, a lesson; on the lesson page", n, none, m, seconds));
                previous = m;
            }

            long started = System.nanoTime();
            for (Session session : sessions) {
                session.openEditor();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Measurement editor = measure(portal, sessions.size() + " sessions in the lesson editor", settleSeconds, out);
            assertHeld(none, editor, sessions.size());
            rows.add(new Row("then the lesson editor (new lesson); on the editor", sessions.size(), none, editor,
                    seconds));

            String report = report(rows, previous, portal, loadBefore, loadAverage(), lesson, settleSeconds);
            Files.createDirectories(out);
            Files.writeString(out.resolve("ui-memory.md"), report, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(report);
            log("Written to %s", out.resolve("ui-memory.md").toAbsolutePath());
        } finally {
            for (Session session : sessions) {
                session.close();
            }
        }
    }

    /** Every session must still be held by the server (and so counted) when the heap is measured. */
    private static void assertHeld(Measurement none, Measurement m, int n) {
        assertThat(m.vaadinSessions() - none.vaadinSessions()).as("Vaadin sessions held beyond the baseline")
                .isGreaterThanOrEqualTo(n);
        assertThat(m.uis() - none.uis()).as("UIs held beyond the baseline").isGreaterThanOrEqualTo(n);
    }

    // ------------------------------------------------------------------------------------------- the sessions

    /** One session visits every view the measured sessions will visit, then signs out; returns the lesson opened. */
    private static String warmUp(String url) {
        try (Browser browser = Browser.start()) {
            Session warm = Session.signIn(browser, url, 0, null);
            warm.openEditor();
            new PortalPage(browser).signOut();
            return warm.lesson;
        }
    }

    /** One person in a browser of their own. */
    private static final class Session {
        private final Browser browser;
        private final String user;
        private final String lesson;
        private VaadinPage page;

        private Session(Browser browser, String user, String lesson, VaadinPage page) {
            this.browser = browser;
            this.user = user;
            this.lesson = lesson;
            this.page = page;
        }

        static Session open(String url, int index, String lesson) {
            Browser browser = Browser.start();
            try {
                return signIn(browser, url, index, lesson);
            } catch (RuntimeException e) {
                browser.saveArtifacts("UiSessionMemoryBench-session-" + index);
                browser.close();
                throw e;
            }
        }

        /** Signs in, opens Home, Lessons and the lesson (the first listed when {@code lesson} is null). */
        static Session signIn(Browser browser, String url, int index, String lesson) {
            String user = USERS.get(index % USERS.size());
            HomePage home = LandingPage.open(browser, url).signIn().signInAs(user, "demo").home();
            LessonsPage lessons = home.goToLessons();
            String title = lesson;
            if (title == null) {
                List<String> titles = lessons.titles();
                if (titles.isEmpty()) {
                    throw new IllegalStateException("The lessons list is empty: the demo lessons did not load");
                }
                title = titles.get(0);
            }
            return new Session(browser, user, title, lessons.open(title));
        }

        void openEditor() {
            page = page.startNewLesson();
        }

        void close() {
            try {
                browser.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    // --------------------------------------------------------------------------------------------- measuring

    record Measurement(long liveBytes, long minLiveBytes, long maxLiveBytes, long heapUsedBytes, long vaadinSessions,
                       long uis, long httpSessions, Map<String, long[]> byClass) {
    }

    /**
     * Lets the portal settle (idle request threads end after 60 s), runs two full GCs, then takes three class
     * histograms and keeps the median; the median's full histogram is saved next to the report.
     */
    private static Measurement measure(PortalProcess portal, String what, long settleSeconds, Path out)
            throws IOException {
        PortalProcess.sleep(settleSeconds * 1000);
        portal.fullGc();
        PortalProcess.sleep(1000);
        portal.fullGc();
        PortalProcess.sleep(1000);
        List<Histogram> samples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                PortalProcess.sleep(2000);
            }
            samples.add(portal.histogram());
        }
        long heapUsed = portal.heapUsedBytes();
        List<Histogram> sorted = samples.stream().sorted(Comparator.comparingLong(Histogram::liveBytes)).toList();
        Histogram median = sorted.get(1);
        Files.createDirectories(out);
        Files.writeString(out.resolve("histogram-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), median.text(),
                StandardCharsets.UTF_8);
        Measurement m = new Measurement(median.liveBytes(), sorted.get(0).liveBytes(), sorted.get(2).liveBytes(),
                heapUsed, median.vaadinSessions(), median.uis(), median.httpSessions(), median.byClass());
        log("%s: live heap %.2f MB (samples %.2f to %.2f), heap used after GC %.1f MB, Vaadin sessions %d, UIs %d, "
                + "HTTP sessions %d", what, m.liveBytes() / MB, m.minLiveBytes() / MB, m.maxLiveBytes() / MB,
                heapUsed / MB, m.vaadinSessions(), m.uis(), m.httpSessions());
        return m;
    }

    /** The classes whose live bytes grew most from {@code from} to {@code to}, per session. */
    private static String topGrowth(Measurement from, Measurement to, int sessions, int limit) {
        StringBuilder md = new StringBuilder("| class | instances per session | KB per session |\n|---|---:|---:|\n");
        to.byClass().entrySet().stream()
                .map(e -> {
                    long[] before = from.byClass().getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(limit)
                .forEach(e -> md.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f |%n", e.getKey(),
                        e.getValue()[0] / (double) sessions, e.getValue()[1] / 1024.0 / sessions)));
        return md.toString();
    }

    private record Row(String state, int sessions, Measurement none, Measurement m, double secondsToOpen) {
        double deltaMb() {
            return (m.liveBytes() - none.liveBytes()) / MB;
        }

        double perSessionMb() {
            return sessions == 0 ? 0 : deltaMb() / sessions;
        }

        double perSessionUsedMb() {
            return sessions == 0 ? 0 : (m.heapUsedBytes() - none.heapUsedBytes()) / MB / sessions;
        }
    }

    // ---------------------------------------------------------------------------------------------- the report

    private static String report(List<Row> rows, Measurement lastReading, PortalProcess portal, String loadBefore,
                                 String loadAfter, String lesson, long settleSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Server memory per signed-in UI session\n\n");
        md.append("Measured ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" by `UiSessionMemoryBench`. Live heap = total of `jcmd GC.class_histogram` (after a full GC, ")
                .append("live objects only), median of 3, after ").append(settleSeconds)
                .append(" s idle and two `jcmd GC.run`. MB = 2^20 bytes. Each session: its own headless Chromium, ")
                .append("signed in through Keycloak as a demo contributor, Home, Lessons, then the lesson \"")
                .append(lesson).append("\"; last, all of them open the lesson editor. Counts include one anonymous ")
                .append("session left by the warm-up's sign-out.\n\n");
        md.append("| state | N | live heap (MB) | spread of 3 (MB) | Δ vs none (MB) | per session (MB) "
                + "| per session, heap used (MB) | Vaadin sessions | UIs | HTTP sessions | opening took (s) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            Measurement m = r.m();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %s | %s | %d | %d | %d | %s |%n",
                    r.state(), r.sessions(), m.liveBytes() / MB, (m.maxLiveBytes() - m.minLiveBytes()) / MB,
                    r.sessions() == 0 ? "" : String.format(Locale.ROOT, "%.1f", r.deltaMb()),
                    r.sessions() == 0 ? "" : String.format(Locale.ROOT, "%.2f", r.perSessionMb()),
                    r.sessions() == 0 ? "" : String.format(Locale.ROOT, "%.2f", r.perSessionUsedMb()),
                    m.vaadinSessions(), m.uis(), m.httpSessions(),
                    r.sessions() == 0 ? "" : String.format(Locale.ROOT, "%.0f", r.secondsToOpen())));
        }
        Row editor = rows.get(rows.size() - 1);
        md.append(String.format(Locale.ROOT, "%nEditor over lesson page, same %d sessions: %+.2f MB per session.%n",
                editor.sessions(), (editor.m().liveBytes() - lastReading.liveBytes()) / MB / editor.sessions()));
        List<Row> reading = rows.subList(1, rows.size() - 1);
        for (int i = 1; i < reading.size(); i++) {
            Row a = reading.get(i - 1);
            Row b = reading.get(i);
            md.append(String.format(Locale.ROOT, "Sessions %d to %d: %.2f MB per added session.%n", a.sessions() + 1,
                    b.sessions(), (b.m().liveBytes() - a.m().liveBytes()) / MB / (b.sessions() - a.sessions())));
        }
        Row none = rows.get(0);
        Row lastRead = reading.get(reading.size() - 1);
        md.append(String.format(Locale.ROOT, "%n## Where it goes: largest growth per session, %d sessions on the "
                + "lesson page%n%n", lastRead.sessions()));
        md.append(topGrowth(none.m(), lastRead.m(), lastRead.sessions(), 15));
        md.append(String.format(Locale.ROOT, "%n## Largest growth per session, %d sessions in the editor%n%n",
                editor.sessions()));
        md.append(topGrowth(none.m(), editor.m(), editor.sessions(), 15));
        md.append("\n## Machine\n\n");
        md.append("- CPUs: ").append(Runtime.getRuntime().availableProcessors()).append("; memory: ")
                .append(memTotal()).append("; load average (1, 5, 15 min) before: ").append(loadBefore)
                .append(", after: ").append(loadAfter).append('\n');
        md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- Portal JVM options given: `").append(String.join(" ", portal.jvmArgs())).append("`\n");
        md.append("- Portal JVM flags (`jcmd VM.flags`): `").append(portal.vmFlags()).append("`\n");
        md.append("- Browser: ").append(chromiumVersion()).append(", one headless instance per session\n");
        return md.toString();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String chromiumVersion() {
        String bin = System.getenv("CHROME_BIN");
        try {
            Process p = new ProcessBuilder(bin == null || bin.isBlank() ? "/usr/bin/chromium" : bin, "--version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            // Debian's wrapper script may print a warning of its own before the version
            return out.lines().filter(l -> l.startsWith("Chromium")).findFirst().orElse("Chromium").strip();
        } catch (IOException | RuntimeException e) {
            return "Chromium";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Chromium";
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }
}
