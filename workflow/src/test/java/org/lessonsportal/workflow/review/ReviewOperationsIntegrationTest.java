package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "admin")
class ReviewOperationsIntegrationTest extends ReviewProcessTestCase {

    @Autowired
    ReviewOperations operations;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        FailingStepDelegate.failing.set(true);
    }

    @Test
    void runningReviewsShowTheirStateRoundAndOpenTasks() {
        LessonDetails lesson = support.submitted(cast.alice());
        RunningReview running = operations.runningReviews().stream().filter(r -> lesson.id().equals(r.lessonId()))
                .findFirst().orElseThrow();
        assertThat(running.title()).isEqualTo(lesson.title());
        assertThat(running.state()).isEqualTo(LessonState.IN_REVIEW);
        assertThat(running.round()).isEqualTo(1);
        assertThat(running.startedAt()).isNotNull();
        assertThat(running.openTasks()).hasSize(2).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TaskKind.REVIEW);
            assertThat(t.assigneeName()).isNotBlank();
            assertThat(t.dueAt()).isNotNull();
        });
    }

    @Test
    void tasksPastTheirDueDateAreOverdue() {
        LessonDetails lesson = support.submitted(cast.alice());
        assertThat(operations.overdueTasks()).noneMatch(t -> lesson.id().equals(t.lessonId()));

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(6))));

        assertThat(operations.overdueTasks()).filteredOn(t -> lesson.id().equals(t.lessonId())).hasSize(2)
                .allSatisfy(t -> {
                    assertThat(t.kind()).isEqualTo(TaskKind.REVIEW);
                    assertThat(t.lessonTitle()).isEqualTo(lesson.title());
                    assertThat(t.assigneeName()).isNotBlank();
                });
    }

    @Test
    void aStepThatFailsAfterItsRetriesIsAnIncidentThatCanBeRetried() {
        LessonDetails lesson = support.draft(cast.alice());
        ProcessInstance process = engine.getRuntimeService().startProcessInstanceByKey("failingStepTest",
                String.valueOf(lesson.id()));
        Job job = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).singleResult();
        for (int attempt = 0; attempt < 5 && engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(process.getId()).count() == 0; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("on purpose");
        }
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isZero();

        ReviewIncident incident = operations.incidents().stream().filter(i -> lesson.id().equals(i.lessonId()))
                .findFirst().orElseThrow();
        assertThat(incident.lessonTitle()).isEqualTo(lesson.title());
        assertThat(incident.activityId()).isEqualTo("failingStep");
        assertThat(incident.activityName()).isEqualTo("Step that fails");
        assertThat(incident.message()).contains("failed on purpose");
        assertThat(incident.occurredAt()).isNotNull();
        assertThat(incident.retryable()).isTrue();

        FailingStepDelegate.failing.set(false);
        operations.retry(incident.incidentId());
        assertThat(operations.incidents()).noneMatch(i -> i.incidentId().equals(incident.incidentId()));
        support.runJobs(process.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId())
                .count()).isZero();
        assertThatThrownBy(() -> operations.retry(incident.incidentId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStepThatFailedOnceAndThenRanLeavesNoIncident() {
        ProcessInstance process = failingStep();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .hasMessageContaining("on purpose");
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .as("retries left").isPositive();

        FailingStepDelegate.failing.set(false);
        engine.getManagementService().executeJob(job.getId());

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(process.getId()).count())
                .isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId())
                .count()).isZero();
    }

    @Test
    void anIncidentEndsWithItsProcessOrWhenItsRetriesAreSetAgain() {
        ProcessInstance ended = failingStep();
        failUntilIncident(ended);
        engine.getRuntimeService().deleteProcessInstance(ended.getId(), "test: the review ended");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(ended.getId()).count())
                .as("incident of a process deleted").isZero();

        ProcessInstance retried = failingStep();
        Job job = failUntilIncident(retried);
        engine.getManagementService().setJobRetries(job.getId(), 1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(retried.getId()).count())
                .as("resolved when its retries are set again").isZero();
        FailingStepDelegate.failing.set(false);
        engine.getManagementService().executeJob(job.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(retried.getId())
                .count()).isZero();
    }

    private ProcessInstance failingStep() {
        LessonDetails lesson = support.draft(cast.alice());
        return engine.getRuntimeService().startProcessInstanceByKey("failingStepTest", String.valueOf(lesson.id()));
    }

    /** Runs the failing step until it has no retries left and an incident; returns its job. */
    private Job failUntilIncident(ProcessInstance process) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).singleResult();
        for (int attempt = 0; attempt < 5 && engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(process.getId()).count() == 0; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("on purpose");
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(process.getId()).count())
                .isOne();
        return job;
    }

    @Test
    @WithMockUser(roles = {"publisher", "reviewer"})
    void onlyAdministratorsSeeOperations() {
        assertThatThrownBy(() -> operations.runningReviews()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operations.incidents()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operations.retry("x")).isInstanceOf(AccessDeniedException.class);
    }
}
