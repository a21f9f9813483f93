package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Actor;

/**
 * The engine keeps the history of each review's process instance, the activities it passed and its user tasks, each
 * with a removal time for the nightly cleanup once the review ends, and nothing else (docs/adr/0056).
 */
class HistoryAtActivityLevelIntegrationTest extends ReviewProcessTestCase {

    @Test
    void aPublishedReviewLeavesItsProcessActivitiesAndTasksInTheHistoryAndNothingElse() {
        Long lessonId = support.submitted(cast.alice()).id();
        String processId = support.processId(lessonId);
        List<Actor> reviewers = support.reviewers(lessonId);
        support.review(lessonId, reviewers, ReviewDecision.approve(null));
        reviewTasks.publish(support.task(lessonId, TaskKind.PUBLISH).getId(), cast.pat());
        support.runJobs(processId);

        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(processId)
                .singleResult();
        assertThat(process.getBusinessKey()).isEqualTo(String.valueOf(lessonId));
        assertThat(process.getStartTime()).isNotNull();
        assertThat(process.getEndTime()).isNotNull();
        assertThat(process.getEndActivityId()).isEqualTo(LessonReviewProcess.LESSON_PUBLISHED);
        assertThat(process.getRemovalTime()).as("removal time").isAfter(process.getEndTime());

        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(processId)
                .list();
        assertThat(tasks).extracting(HistoricTaskInstance::getTaskDefinitionKey).containsExactlyInAnyOrder(
                LessonReviewProcess.REVIEW_LESSON, LessonReviewProcess.REVIEW_LESSON,
                LessonReviewProcess.PUBLISH_LESSON);
        assertThat(tasks).filteredOn(t -> t.getTaskDefinitionKey().equals(LessonReviewProcess.REVIEW_LESSON))
                .extracting(HistoricTaskInstance::getAssignee).containsExactlyInAnyOrderElementsOf(
                        reviewers.stream().map(r -> String.valueOf(r.memberId())).toList());
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.getEndTime()).isNotNull();
            assertThat(t.getRemovalTime()).isEqualTo(process.getRemovalTime());
        });

        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processId).list();
        assertThat(activities).extracting(HistoricActivityInstance::getActivityId).contains(
                LessonReviewProcess.ASSIGN_REVIEWERS, LessonReviewProcess.REVIEW_LESSON,
                LessonReviewProcess.CONCLUDE_ROUND, LessonReviewProcess.PUBLISH_LESSON,
                LessonReviewProcess.NOTIFY_PUBLISHED, LessonReviewProcess.LESSON_PUBLISHED)
                .as("the round's own start and end events are its routing too")
                .doesNotContain("reviewStarted", "reviewDone");
        assertThat(activities).extracting(HistoricActivityInstance::getActivityType)
                .as("the routing is not written: gateways, the round's multi-instance body, its subprocesses")
                .doesNotContain("exclusiveGateway", "multiInstanceBody", "subProcess")
                .contains("userTask", "serviceTask", "startEvent", "noneEndEvent");
        assertThat(activities).allSatisfy(a -> assertThat(a.getRemovalTime()).isEqualTo(process.getRemovalTime()));

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processId).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(processId).count()).isZero();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(processId).count()).isZero();
    }

    @Test
    void theDatabaseRecordsTheLevel() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryLevel().getName()).isEqualTo("activity");
        assertThat(engine.getManagementService().getProperties().get("historyLevel"))
                .isEqualTo(String.valueOf(configuration.getHistoryLevel().getId()));
    }
}
