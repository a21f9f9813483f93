package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.testsupport.TestDatabaseEnvironmentPostProcessor;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.review.ReviewTestSupport.Cast;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Failure and concurrency: a restart of the portal at any point loses no task and duplicates none, and two reviewers
 * finishing at the same moment both count.
 */
class ReviewResilienceIntegrationTest extends ReviewProcessTestCase {

    @Autowired
    ReviewService reviews;

    @Test
    void aRestartLosesNoTaskAndDuplicatesNone() {
        String url = TestDatabaseEnvironmentPostProcessor.postgres() ? TestDatabaseEnvironmentPostProcessor.postgresUrl()
                : "jdbc:h2:file:" + Path.of("target", "restart-" + UUID.randomUUID(), "lessons").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE";
        Cast castOnDisk;
        LessonDetails lesson;
        List<String> reviewTaskIds;
        String waitingFor;
        long definitions;
        try (ConfigurableApplicationContext portal = start(url)) {
            Portal first = new Portal(portal);
            castOnDisk = first.support.demoCast();
            LessonDetails draft = first.support.draft(castOnDisk.alice());
            lesson = first.reviewTasks.submit(draft.id(), castOnDisk.alice(), draft.version());
            // the job executor assigns the reviewers in the background
            await().atMost(Duration.ofSeconds(30)).until(() -> first.support.tasks(lesson.id(), TaskKind.REVIEW)
                    .size() == 2);
            List<Task> reviewTasksBefore = first.support.tasks(lesson.id(), TaskKind.REVIEW);
            reviewTaskIds = reviewTasksBefore.stream().map(Task::getId).toList();
            Actor early = first.organisations.actor(Long.valueOf(reviewTasksBefore.get(0).getAssignee()));
            waitingFor = reviewTasksBefore.get(1).getAssignee();
            first.reviewTasks.completeReview(reviewTasksBefore.get(0).getId(), early, ReviewDecision.approve(null));
            definitions = first.engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(LessonReviewProcess.KEY).count();
            // shut down straight away: the continuation after the review may or may not have run
        }

        try (ConfigurableApplicationContext portal = start(url)) {
            Portal second = new Portal(portal);
            String processId = second.support.processId(lesson.id());
            await().atMost(Duration.ofSeconds(60)).until(() -> second.engine.getManagementService().createJobQuery()
                    .processInstanceId(processId).messages().count() == 0);
            assertThat(second.engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(LessonReviewProcess.KEY).count()).as("no new deployment")
                    .isEqualTo(definitions);
            List<Task> open = second.support.tasks(lesson.id(), TaskKind.REVIEW);
            assertThat(open).hasSize(1).singleElement().satisfies(t -> {
                assertThat(t.getAssignee()).isEqualTo(waitingFor);
                assertThat(reviewTaskIds).contains(t.getId());
            });
            assertThat(second.lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.IN_REVIEW);

            Actor late = second.organisations.actor(Long.valueOf(waitingFor));
            second.reviewTasks.completeReview(open.get(0).getId(), late, ReviewDecision.approve(null));
            await().atMost(Duration.ofSeconds(30)).until(() -> second.support.tasks(lesson.id(), TaskKind.PUBLISH)
                    .size() == 1);
            second.reviewTasks.publish(second.support.tasks(lesson.id(), TaskKind.PUBLISH).get(0).getId(),
                    castOnDisk.pat());
            await().atMost(Duration.ofSeconds(30)).until(() -> second.engine.getHistoryService()
                    .createHistoricProcessInstanceQuery().processInstanceId(processId).finished().count() == 1);

            assertThat(second.reviews.reviewsOf(lesson.id(), Actor.SYSTEM)).hasSize(2);
            assertThat(second.support.tasks(lesson.id(), TaskKind.PUBLISH)).isEmpty();
            assertThat(second.engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(processId)
                    .taskDefinitionKey(LessonReviewProcess.REVIEW_LESSON).count()).as("review tasks ever created")
                    .isEqualTo(2);
            for (String reviewer : List.of(waitingFor, String.valueOf(lessonReviewerOtherThan(second, lesson,
                    waitingFor)))) {
                assertThat(kinds(second, Long.valueOf(reviewer), lesson)).containsExactly(
                        NotificationKind.REVIEW_ASSIGNED);
            }
            assertThat(kinds(second, castOnDisk.alice().memberId(), lesson))
                    .containsExactly(NotificationKind.PUBLISHED);
        }
    }

    @Test
    void twoReviewersFinishingAtTheSameMomentBothCount() throws Exception {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());
        List<String> taskIds = reviewers.stream().map(r -> support.openTask(r, lesson.id(), TaskKind.REVIEW).id())
                .toList();

        // both send their reviews at the same moment
        List<Throwable> failures = together(List.of(
                () -> reviewTasks.completeReview(taskIds.get(0), reviewers.get(0), ReviewDecision.approve(null)),
                () -> reviewTasks.completeReview(taskIds.get(1), reviewers.get(1), ReviewDecision.approve(null))));
        assertThat(failures).as("neither reviewer sees an error").isEmpty();
        assertThat(reviews.reviewsOf(lesson.id(), Actor.SYSTEM)).hasSize(2);

        // even if the two continuations ran at the same moment (two portal nodes), the join stays right: one may
        // lose the optimistic lock and is retried
        List<Job> continuations = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .messages().list();
        assertThat(continuations).hasSize(2);
        List<Throwable> jobFailures = together(continuations.stream().<Runnable>map(j ->
                () -> engine.getManagementService().executeJob(j.getId())).toList());
        assertThat(jobFailures).allSatisfy(f -> assertThat(f).isInstanceOf(OptimisticLockingException.class));
        for (Job retry : engine.getManagementService().createJobQuery().processInstanceId(process.getId()).messages()
                .list()) {
            engine.getManagementService().executeJob(retry.getId());
        }

        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.APPROVED);
        assertThat(support.tasks(lesson.id(), TaskKind.PUBLISH)).hasSize(1);
    }

    private static List<Throwable> together(List<Runnable> actions) throws Exception {
        CyclicBarrier start = new CyclicBarrier(actions.size());
        ExecutorService threads = Executors.newFixedThreadPool(actions.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable action : actions) {
                running.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    action.run();
                    return null;
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> future : running) {
                try {
                    future.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Long lessonReviewerOtherThan(Portal portal, LessonDetails lesson, String reviewer) {
        return portal.lessons.reviewers(lesson.id(), Actor.SYSTEM).stream()
                .map(a -> a.memberId()).filter(id -> !String.valueOf(id).equals(reviewer)).findFirst().orElseThrow();
    }

    private static List<NotificationKind> kinds(Portal portal, Long memberId, LessonDetails lesson) {
        return portal.notifications.list(memberId, 0, 50).stream().filter(n -> lesson.id().equals(n.lessonId()))
                .map(Notification::kind).toList();
    }

    /** A portal with the job executor running, on the given database. */
    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(WorkflowTestApplication.class).run(
                "--spring.datasource.url=" + url,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.lock-time-in-millis=5000",
                "--spring.jmx.enabled=false");
    }

    /** The beans of one running portal. */
    private static final class Portal {
        final ProcessEngine engine;
        final ReviewTasks reviewTasks;
        final LessonService lessons;
        final ReviewService reviews;
        final OrganisationService organisations;
        final Notifications notifications;
        final ReviewTestSupport support;

        Portal(ConfigurableApplicationContext context) {
            engine = context.getBean(ProcessEngine.class);
            reviewTasks = context.getBean(ReviewTasks.class);
            lessons = context.getBean(LessonService.class);
            reviews = context.getBean(ReviewService.class);
            organisations = context.getBean(OrganisationService.class);
            notifications = context.getBean(Notifications.class);
            support = context.getBean(ReviewTestSupport.class);
        }
    }
}
