package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonRecallService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonStateException;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;

/** The author takes a lesson back to draft before any reviewer opened it (ADR 0034). */
class TakeBackProcessTest extends ReviewProcessTestCase {

    @Autowired
    LessonRecallService recall;
    @Test
    void beforeAnyReviewerOpenedItTheAuthorTakesItBackReviewersAreReleasedAndToldAndItCanBeSubmittedAgain() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());
        assertThat(reviewers).isNotEmpty();
        assertThat(recall.takeBackRefusal(lesson.id(), cast.alice())).isEmpty();

        LessonDetails draft = recall.takeBack(lesson.id(), cast.alice());

        assertThat(draft.state()).isEqualTo(LessonState.DRAFT);
        assertThat(process).isEnded().hasPassed("takenBack");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        for (Actor reviewer : reviewers) {
            assertThat(reviewTasks.openTasks(reviewer)).noneMatch(t -> t.lessonId().equals(lesson.id()));
            assertThat(notifications.list(reviewer.memberId(), 0, 10)).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_CANCELLED);
                assertThat(n.message()).contains("no longer need to review").contains(lesson.title());
            });
        }
        assertThat(lessons.reviewers(lesson.id(), cast.alice())).allSatisfy(a -> assertThat(a.isActive()).isFalse());
        assertThat(lessons.auditTrail(lesson.id(), cast.alice())).extracting(AuditEntry::action)
                .contains("lesson.taken-back");

        // the author edits and submits again: a new review starts
        LessonDetails edited = lessons.saveDraft(lesson.id(), cast.alice(), draft.content().toBuilder()
                .summary(draft.content().summary() + " Typo fixed.").build(), draft.version());
        LessonDetails again = reviewTasks.submit(lesson.id(), cast.alice(), edited.version());
        assertThat(again.state()).isIn(LessonState.SUBMITTED, LessonState.IN_REVIEW);
        ProcessInstance second = support.process(lesson.id());
        assertThat(second.getId()).isNotEqualTo(process.getId());
        support.runJobs(second.getId());
        assertThat(support.process(lesson.id())).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);

        // nobody has opened it yet in its new round either: the author may take it back again
        assertThat(recall.takeBackRefusal(lesson.id(), cast.alice())).isEmpty();
        assertThat(recall.takeBack(lesson.id(), cast.alice()).state()).isEqualTo(LessonState.DRAFT);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(lesson.id())).count()).as("no review process runs").isZero();
    }

    @Test
    void aReviewSentWithoutOpeningThePageAlsoKeepsItWithTheReviewers() {
        LessonDetails lesson = support.submitted(cast.alice());
        Actor reviewer = support.reviewers(lesson.id()).get(0);

        support.sendReview(reviewer, lesson.id(), ReviewDecision.approve("Clear."));

        assertThat(recall.takeBackRefusal(lesson.id(), cast.alice()))
                .contains("A reviewer has already opened this lesson, so it stays with the reviewers.");
    }

    @Test
    void onceAReviewerOpenedItItStaysWithTheReviewers() {
        LessonDetails lesson = support.submitted(cast.alice());
        Actor reviewer = support.reviewers(lesson.id()).get(0);

        recall.reviewOpened(lesson.id(), reviewer);

        assertThat(recall.takeBackRefusal(lesson.id(), cast.alice()))
                .contains("A reviewer has already opened this lesson, so it stays with the reviewers.");
        assertThatThrownBy(() -> recall.takeBack(lesson.id(), cast.alice()))
                .isInstanceOf(LessonStateException.class);
        assertThat(support.process(lesson.id())).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(lessons.auditTrail(lesson.id(), cast.alice())).extracting(AuditEntry::action)
                .contains("review.opened");
        assertThatThrownBy(() -> recall.takeBack(lesson.id(), cast.pat()))
                .isInstanceOf(NotAllowedException.class);
    }
}
