package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.review.ReviewTestSupport.Cast;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a review's steps no longer ask the database (docs/adr/0067): a review sent and a lesson published through the
 * task API complete the task the person acted on, without looking for the lesson's review process again (by its
 * business key) and its waiting task; a task just made is not asked for variables of its own.
 */
class ReviewStepQueriesIntegrationTest {

    @Test
    void aReviewCycleLooksForNeitherTheProcessItActsOnNorTheVariablesOfTasksJustMade() {
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkflowTestApplication.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counter))
                .run("--spring.jmx.enabled=false", "--logging.level.root=warn")) {
            ReviewTestSupport support = context.getBean(ReviewTestSupport.class);
            ReviewTasks reviewTasks = context.getBean(ReviewTasks.class);
            Cast cast = support.demoCast();
            LessonDetails draft = support.draft(cast.alice());
            LessonDetails lesson = reviewTasks.submit(draft.id(), cast.alice(), draft.version());
            String processId = support.processId(lesson.id());
            List<String> assigning = traced(counter, () -> support.runJobs(processId));
            assertThat(assigning).as("assigning reviewers: their review tasks made")
                    .noneMatch(ReviewStepQueriesIntegrationTest::readsVariablesOfATask);
            List<Actor> reviewers = support.reviewers(lesson.id());
            assertThat(reviewers).hasSize(2);

            for (Actor reviewer : reviewers) {
                String task = support.openTask(reviewer, lesson.id(), TaskKind.REVIEW).id();
                List<String> review = traced(counter, () -> {
                    reviewTasks.completeReview(task, reviewer, ReviewDecision.approve(null));
                    return null;
                });
                assertThat(review).as("sending a review")
                        .noneMatch(ReviewStepQueriesIntegrationTest::findsProcessByLesson);
                List<String> after = traced(counter, () -> support.runJobs(processId));
                assertThat(after).as("after a review: the publish task made after the last")
                        .noneMatch(ReviewStepQueriesIntegrationTest::readsVariablesOfATask);
            }
            String publishTask = support.task(lesson.id(), TaskKind.PUBLISH).getId();
            List<String> publish = traced(counter, () -> reviewTasks.publish(publishTask, cast.pat()));
            assertThat(publish).as("publishing").noneMatch(ReviewStepQueriesIntegrationTest::findsProcessByLesson);
            support.runJobs(processId);

            assertThat(context.getBean(LessonService.class).get(lesson.id(), Actor.SYSTEM).state())
                    .isEqualTo(LessonState.PUBLISHED);
            assertThat(support.tasks(lesson.id(), TaskKind.REVIEW)).isEmpty();
        }
    }

    /** A query of the running process instances by business key (the lesson's id). */
    private static boolean findsProcessByLesson(String sql) {
        String flat = sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return flat.startsWith("SELECT") && flat.contains("ACT_RU_EXECUTION") && flat.contains("BUSINESS_KEY_ =");
    }

    /** A read of a task's own variables. */
    private static boolean readsVariablesOfATask(String sql) {
        String flat = sql.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return flat.startsWith("SELECT") && flat.contains("ACT_RU_VARIABLE") && flat.contains("WHERE TASK_ID_ =");
    }

    private static List<String> traced(StatementCounter counter, Supplier<?> step) {
        List<String> traced = Collections.synchronizedList(new ArrayList<>());
        counter.trace = traced;
        try {
            step.get();
        } finally {
            counter.trace = null;
        }
        synchronized (traced) {
            return List.copyOf(traced);
        }
    }
}
