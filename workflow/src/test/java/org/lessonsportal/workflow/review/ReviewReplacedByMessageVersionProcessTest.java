package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;

/**
 * A review started on the version whose review task had a "reviewer replaced" message on it still moves to another
 * reviewer and finishes, now that a publisher's move starts the task again without that message (docs/adr/0069). That
 * version is deployed for the test and the current one deployed again after it.
 */
class ReviewReplacedByMessageVersionProcessTest extends ReviewProcessTestCase {

    @Test
    void anOpenReviewOfTheVersionWithTheMessageMovesToAnotherReviewerAndTheReviewFinishes() {
        support.signIn("dave", "Dave Reviewer", support.newOrganisation(Setting.COMMUNITY), Roles.REVIEWER);
        ProcessInstance process = startedOnTheVersionWithTheMessage(support.draft(cast.alice()));
        Long lessonId = Long.valueOf(process.getBusinessKey());
        boolean withTheMessage = engine.getRepositoryService().getBpmnModelInstance(process.getProcessDefinitionId())
                .getModelElementById("reviewerReplaced") != null;
        assertThat(withTheMessage).as("started on the version with the message").isTrue();
        List<Actor> reviewers = support.reviewers(lessonId);
        Actor away = reviewers.get(0);
        Actor staying = reviewers.get(1);
        ReviewTask review = support.openTask(away, lessonId, TaskKind.REVIEW);
        Long replacementId = reviewTasks.eligibleReviewers(lessonId, cast.pat()).get(0).memberId();

        reviewTasks.reassign(review.id(), cast.pat(), replacementId, "On leave for a month.");

        Actor replacement = organisations.actor(replacementId);
        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.reviewers(lessonId)).extracting(Actor::memberId)
                .containsExactlyInAnyOrder(staying.memberId(), replacementId);
        assertThatThrownBy(() -> reviewTasks.completeReview(review.id(), away, ReviewDecision.approve(null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(about(replacement, lessonId)).extracting(Notification::kind)
                .containsOnlyOnce(NotificationKind.REVIEW_ASSIGNED);
        assertThat(about(away, lessonId)).filteredOn(n -> n.kind() == NotificationKind.REVIEW_ASSIGNED)
                .as("the request to the replaced reviewer no longer counts as unread").allMatch(Notification::isRead);

        support.review(lessonId, List.of(staying, replacement), ReviewDecision.approve(null));
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    /** Submits the draft while the version with the message is the newest. */
    private ProcessInstance startedOnTheVersionWithTheMessage(LessonDetails draft) {
        ProcessInstance process = support.submittedOnModel("bpmn-replaced-by-message/lesson-review.bpmn", draft,
                cast.alice());
        support.runJobs(process.getId());
        return process;
    }

    /** What the member was told about the lesson (the demo's people review other tests' lessons too). */
    private List<Notification> about(Actor member, Long lessonId) {
        return notifications.list(member.memberId(), 0, Notifications.PAGE_MAX).stream()
                .filter(n -> lessonId.equals(n.lessonId())).toList();
    }
}
