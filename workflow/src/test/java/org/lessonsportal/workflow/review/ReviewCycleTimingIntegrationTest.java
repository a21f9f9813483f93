package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Measures one full review cycle (submit, two reviews, publish) and counts SQL statements per step, engine and
 * application separately. Prints the figures (and writes {@code target/review-cycle-figures.txt}); asserts only that
 * the cycle completes. Jobs are run by the test, so the time is the work done, without job-executor polling delays;
 * looking up task ids between the steps is not counted.
 */
class ReviewCycleTimingIntegrationTest {

    private static final int WARM_UP = 2;
    private static final int MEASURED = 5;

    @Test
    void measureOneFullCycle() throws IOException {
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkflowTestApplication.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counter))
                .run("--spring.jmx.enabled=false", "--logging.level.root=warn")) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            LessonService lessons = context.getBean(LessonService.class);
            ReviewTasks reviewTasks = context.getBean(ReviewTasks.class);
            ReviewTestSupport support = context.getBean(ReviewTestSupport.class);

            List<Long> durations = new ArrayList<>();
            Map<String, long[]> statements = new LinkedHashMap<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                Cast cast = support.demoCast();
                LessonDetails draft = support.draft(cast.alice());
                Map<String, long[]> cycle = new LinkedHashMap<>();
                Step step = new Step(counter, cycle);
                if (System.getProperty("trace.submit") != null && i == 0) {
                    counter.trace = java.util.Collections.synchronizedList(new ArrayList<>());
                }
                LessonDetails submitted = step.run("1 submit (lesson + start process)",
                        () -> reviewTasks.submit(draft.id(), cast.alice(), draft.version()));
                if (counter.trace != null) {
                    counter.trace.forEach(sql -> System.out.println("SQL: " + sql.replaceAll("\\s+", " ")));
                    counter.trace = null;
                }
                String processId = support.processId(submitted.id());
                step.run("2 assign reviewers (job)", () -> support.runJobs(processId));
                List<Actor> reviewers = support.reviewers(submitted.id());
                // tasks are looked up outside the measured steps: only the actions themselves are counted
                String firstTask = support.openTask(reviewers.get(0), submitted.id(), TaskKind.REVIEW).id();
                String secondTask = support.openTask(reviewers.get(1), submitted.id(), TaskKind.REVIEW).id();
                step.run("3 first review", () -> {
                    reviewTasks.completeReview(firstTask, reviewers.get(0), ReviewDecision.approve(null));
                    return null;
                });
                step.run("4 continuation after first review (job)", () -> support.runJobs(processId));
                step.run("5 second review", () -> {
                    reviewTasks.completeReview(secondTask, reviewers.get(1), ReviewDecision.approve(null));
                    return null;
                });
                step.run("6 conclude round: approve, publish task (job)", () -> support.runJobs(processId));
                String publishTask = support.task(submitted.id(), TaskKind.PUBLISH).getId();
                step.run("7 publish", () -> reviewTasks.publish(publishTask, cast.pat()));
                step.run("8 notify author (job)", () -> support.runJobs(processId));
                long took = cycle.values().stream().mapToLong(n -> n[2]).sum();
                assertThat(lessons.get(submitted.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.PUBLISHED);
                assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processId)
                        .finished().count()).isEqualTo(1);
                if (i >= WARM_UP) {
                    durations.add(took);
                    statements = cycle;
                }
            }

            StringBuilder report = new StringBuilder();
            String database = TestDatabaseEnvironmentPostProcessor.postgres() ? "PostgreSQL" : "H2 (in memory)";
            report.append("Review cycle on ").append(database).append(": submit -> 2 reviews -> publish, ")
                    .append(MEASURED).append(" runs after ").append(WARM_UP).append(" warm-up runs\n");
            report.append("  time per cycle (ms): ").append(durations).append(", median ")
                    .append(durations.stream().sorted().toList().get(durations.size() / 2)).append('\n');
            report.append(String.format("  %-48s %8s %8s %8s %8s%n", "SQL statements per step (last run)", "engine",
                    "ours", "total", "ms"));
            long engineTotal = 0;
            long ourTotal = 0;
            for (Map.Entry<String, long[]> entry : statements.entrySet()) {
                long[] n = entry.getValue();
                engineTotal += n[0];
                ourTotal += n[1];
                report.append(String.format("  %-48s %8d %8d %8d %8d%n", entry.getKey(), n[0], n[1], n[0] + n[1],
                        n[2]));
            }
            report.append(String.format("  %-48s %8d %8d %8d%n", "whole cycle", engineTotal, ourTotal,
                    engineTotal + ourTotal));
            System.out.println(report);
            Files.writeString(Path.of("target", "review-cycle-figures-" + (TestDatabaseEnvironmentPostProcessor
                    .postgres() ? "postgres" : "h2") + ".txt"), report.toString());
        }
    }

    /** Runs one step and records the statements it ran. */
    private record Step(StatementCounter counter, Map<String, long[]> cycle) {

        <T> T run(String name, java.util.function.Supplier<T> work) {
            long engine = counter.engine.get();
            long application = counter.application.get();
            long start = System.nanoTime();
            T result = work.get();
            cycle.put(name, new long[] {counter.engine.get() - engine, counter.application.get() - application,
                (System.nanoTime() - start) / 1_000_000});
            return result;
        }
    }
}
