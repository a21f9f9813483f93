package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's bookkeeping a review does without (docs/adr/0067): what the automatic assignment tells the gateway and
 * the round right after it is not stored with the process when they read it in the same transaction (it is when the
 * round starts later, and a review started before keeps its stored variables); giving a task to someone writes no
 * task-worker metric.
 */
class ReviewBookkeepingProcessTest extends ReviewProcessTestCase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRoundStartedAtOnceStoresNeitherWhetherReviewersWereFoundNorItsOpenPlaces() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());

        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.reviewers(lesson.id())).hasSize(2);
        assertThat(runtime().getVariables(process.getId()))
                .containsKeys(LessonReviewProcess.LESSON_ID, LessonReviewProcess.AUTHOR_ID)
                .doesNotContainKeys(LessonReviewProcess.REVIEWERS_ASSIGNED, LessonReviewProcess.OPEN_PLACES);
    }

    @Test
    void aRoundAPublisherStartsLaterReadsTheStoredOpenPlaces() {
        LessonDetails lesson = submittedForAPublisherToChooseReviewers();
        ProcessInstance process = support.process(lesson.id());
        assertThat(runtime().getVariables(process.getId())).containsEntry(LessonReviewProcess.OPEN_PLACES, 0)
                .doesNotContainKey(LessonReviewProcess.REVIEWERS_ASSIGNED);

        patChoosesReviewers(lesson, List.of(cast.bob(), cast.carol()));

        assertThat(support.reviewers(lesson.id())).containsExactlyInAnyOrder(cast.bob(), cast.carol());
    }

    @Test
    void aReviewThatStoredThemBeforeKeepsThemStoredAndUpToDate() {
        LessonDetails draft = support.draft(cast.alice());
        reviewTasks.submit(draft.id(), cast.alice(), draft.version());
        ProcessInstance process = support.process(draft.id());
        // as a review whose earlier round ran before this change left them (a publisher chose its reviewers)
        runtime().setVariables(process.getId(), Map.of(LessonReviewProcess.REVIEWERS_ASSIGNED, false,
                LessonReviewProcess.OPEN_PLACES, 3));

        support.runJobs(process.getId());

        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.reviewers(draft.id())).hasSize(2);
        assertThat(runtime().getVariables(process.getId()))
                .containsEntry(LessonReviewProcess.REVIEWERS_ASSIGNED, true)
                .containsEntry(LessonReviewProcess.OPEN_PLACES, 0);
        assertThat(lessons.reviewers(draft.id(), Actor.SYSTEM)).hasSize(2);
    }

    @Test
    void givingTasksToReviewersWritesNoTaskWorkerMetric() {
        long before = taskWorkerRows();

        LessonDetails lesson = support.submitted(cast.alice());

        assertThat(support.reviewers(lesson.id())).hasSize(2);
        assertThat(taskWorkerRows()).isEqualTo(before);
    }

    private long taskWorkerRows() {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK_METER_LOG", Long.class);
    }

    private RuntimeService runtime() {
        return engine.getRuntimeService();
    }
}
