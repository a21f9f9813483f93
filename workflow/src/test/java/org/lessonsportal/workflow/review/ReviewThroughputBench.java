package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.testsupport.TestDatabaseEnvironmentPostProcessor;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.review.ReviewTestSupport.Cast;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Review throughput (issue 17): {@code bench.clients} clients each run whole review cycles through the services, all
 * at once: submit, the engine assigns two reviewers, both approve, a publisher publishes. The engine's jobs are run by
 * each client for its own process, as the job executor would run them, so the figures are the work and its waiting on
 * the database, not the executor's polling. Reports cycles per second, each step's p50 and p95, SQL statements per cycle
 * (the engine's and ours) and CPU per cycle; fails if a cycle does not end published. Profile {@code review-bench}
 * only (docs/benchmarks.md).
 */
class ReviewThroughputBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int CYCLES = Integer.getInteger("bench.cycles", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 40);
    /** With {@code -Dbench.statements=true}, the measured window's statements are written out, most run first. */
    private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");

    private final Map<String, List<Long>> stepMillis = Collections.synchronizedMap(new TreeMap<>());

    @Test
    void concurrentReviewCycles() throws Exception {
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkflowTestApplication.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counter))
                .run("--spring.jmx.enabled=false", "--logging.level.root=warn",
                        "--spring.datasource.hikari.maximum-pool-size=" + (CLIENTS + 4))) {
            ReviewTestSupport support = context.getBean(ReviewTestSupport.class);
            ReviewTasks reviewTasks = context.getBean(ReviewTasks.class);
            LessonService lessons = context.getBean(LessonService.class);

            checkPublished(runCycles(prepare(WARM_UP, support), support, reviewTasks, false), lessons);
            stepMillis.clear();
            // the people and drafts first: signing in and writing are not part of a review cycle, nor counted
            List<Prepared> prepared = prepare(CYCLES, support);
            long statementsBefore = counter.total();
            long engineBefore = counter.engine.get();
            long cpuBefore = processCpuNanos();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            counter.trace = STATEMENTS ? Collections.synchronizedList(new ArrayList<>()) : null;
            long start = System.nanoTime();
            List<Long> published = runCycles(prepared, support, reviewTasks, true);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<String> traced = counter.trace;
            counter.trace = null;
            long statements = counter.total() - statementsBefore;
            long engine = counter.engine.get() - engineBefore;
            double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6;
            checkPublished(published, lessons);
            report(seconds, statements, engine, cpuMillis, loadBefore);
            if (traced != null) {
                writeStatements(traced);
            }
        }
    }

    /** Each statement of the measured window (its text, shortened) with how many times a cycle ran it. */
    private static void writeStatements(List<String> traced) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        synchronized (traced) {
            traced.forEach(sql -> counts.merge(abbreviate(sql), 1L, Long::sum));
        }
        StringBuilder text = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(String.format("%7.2f  %s%n", e.getValue() / (double) CYCLES, e.getKey())));
        Path file = Path.of("target", "bench", "review-statements.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString());
    }

    private static String abbreviate(String traced) {
        int callers = traced.indexOf("  <-  ");
        String sql = callers < 0 ? traced : traced.substring(0, callers);
        String flat = sql.replaceAll("\\s+", " ").strip();
        int from = flat.toLowerCase(Locale.ROOT).indexOf(" from ");
        if (flat.regionMatches(true, 0, "select", 0, 6) && from > 0) {
            flat = "select … " + flat.substring(from + 1);
        }
        return (flat.length() > 140 ? flat.substring(0, 140) : flat) + (callers < 0 ? "" : traced.substring(callers));
    }

    /** One cycle's people and draft, made before the clients start. */
    private record Prepared(Cast cast, LessonDetails draft) {
    }

    private static List<Prepared> prepare(int cycles, ReviewTestSupport support) {
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            Cast cast = support.demoCast();
            prepared.add(new Prepared(cast, support.draft(cast.alice())));
        }
        return prepared;
    }

    /** Runs every cycle on the clients at once; returns the lessons, once all cycles have ended. */
    private List<Long> runCycles(List<Prepared> prepared, ReviewTestSupport support, ReviewTasks reviewTasks,
            boolean measured) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> running = new ArrayList<>();
            for (Prepared cycle : prepared) {
                running.add(clients.submit(() -> cycle(cycle.cast(), cycle.draft(), support, reviewTasks, measured)));
            }
            List<Long> lessonIds = new ArrayList<>();
            for (Future<Long> lesson : running) {
                lessonIds.add(lesson.get());
            }
            return lessonIds;
        } finally {
            clients.shutdown();
        }
    }

    private static void checkPublished(List<Long> lessonIds, LessonService lessons) {
        for (Long lessonId : lessonIds) {
            assertThat(lessons.get(lessonId, Actor.SYSTEM).state()).as("lesson %s", lessonId)
                    .isEqualTo(LessonState.PUBLISHED);
        }
    }

    private Long cycle(Cast cast, LessonDetails draft, ReviewTestSupport support, ReviewTasks reviewTasks,
            boolean measured) {
        LessonDetails submitted = step("1 submit", measured,
                () -> reviewTasks.submit(draft.id(), cast.alice(), draft.version()));
        String processId = support.processId(submitted.id());
        step("2 assign reviewers (jobs)", measured, () -> support.runJobs(processId));
        List<Actor> reviewers = support.reviewers(submitted.id());
        assertThat(reviewers).as("reviewers of lesson %s", submitted.id()).hasSize(2);
        for (int r = 0; r < 2; r++) {
            Actor reviewer = reviewers.get(r);
            String task = support.openTask(reviewer, submitted.id(), TaskKind.REVIEW).id();
            step("3 send a review", measured, () -> {
                reviewTasks.completeReview(task, reviewer, ReviewDecision.approve(null));
                return null;
            });
            step("4 after a review (jobs)", measured, () -> support.runJobs(processId));
        }
        String publishTask = support.task(submitted.id(), TaskKind.PUBLISH).getId();
        step("5 publish", measured, () -> reviewTasks.publish(publishTask, cast.pat()));
        step("6 after publishing (jobs)", measured, () -> support.runJobs(processId));
        return submitted.id();
    }

    private <T> T step(String name, boolean measured, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (measured) {
            stepMillis.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - start) / 1_000_000);
        }
        return result;
    }

    private void report(double seconds, long statements, long engine, double cpuMillis, double loadBefore)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Review throughput on %s: %d clients, %d cycles after %d warm-up cycles%n",
                TestDatabaseEnvironmentPostProcessor.postgres() ? "PostgreSQL" : "H2 (in memory)", CLIENTS, CYCLES,
                WARM_UP));
        text.append(String.format("  cycles per second: %.1f (%.1f s)%n", CYCLES / seconds, seconds));
        text.append(String.format("  SQL statements per cycle: %d (the engine's %d, ours %d)%n", statements / CYCLES,
                engine / CYCLES, (statements - engine) / CYCLES));
        text.append(String.format("  CPU per cycle: %.0f ms (the whole test JVM)%n", cpuMillis / CYCLES));
        text.append(String.format("  load average: %.2f before, %.2f after%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        text.append(String.format("  %-28s %6s %6s %6s %6s%n", "step (ms)", "n", "p50", "p95", "max"));
        stepMillis.forEach((name, millis) -> {
            List<Long> sorted = millis.stream().sorted().toList();
            text.append(String.format("  %-28s %6d %6d %6d %6d%n", name, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 95), sorted.get(sorted.size() - 1)));
        });
        System.out.println("BENCH " + text.toString().replace("\n", "\nBENCH "));
        Path file = Path.of("target", "bench", "review-throughput.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString());
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
