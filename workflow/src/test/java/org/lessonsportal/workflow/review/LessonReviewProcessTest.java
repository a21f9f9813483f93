package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.FieldChange;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;

/**
 * The paths through {@code lesson-review.bpmn}, on the Spring-managed engine with the real domain services and
 * database: the delegates are beans, so the process is tested with what it really calls.
 */
class LessonReviewProcessTest extends ReviewProcessTestCase {

    @Test
    void twoApprovalsLeadToPublication() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON).hasPassed(
                LessonReviewProcess.ASSIGN_REVIEWERS);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.IN_REVIEW);
        List<Actor> reviewers = support.reviewers(lesson.id());
        assertThat(reviewers).hasSize(2);
        assertThat(reviewers).extracting(Actor::organisationId).doesNotContain(cast.alice().organisationId());
        assertThat(reviewers).extracting(Actor::memberId).doesNotContain(cast.rita().memberId());
        reviewers.forEach(r -> assertThat(notifications.list(r.memberId(), 0, 10)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_ASSIGNED);
            assertThat(n.link()).isEqualTo("lessons/" + lesson.id());
        }));

        support.review(lesson.id(), reviewers, ReviewDecision.approve("Clear and useful."));

        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.APPROVED);
        ReviewTask publish = support.openTask(cast.pat(), lesson.id(), TaskKind.PUBLISH);
        assertThat(publish.lessonTitle()).isEqualTo(lesson.title());
        assertThat(publish.organisationName()).isEqualTo(ReviewTestSupport.NORTHSHIRE.name());
        assertThat(publish.round()).isEqualTo(1);
        assertThat(publish.dueAt()).isAfter(publish.createdAt());

        LessonDetails published = reviewTasks.publish(publish.id(), cast.pat());
        assertThat(published.state()).isEqualTo(LessonState.PUBLISHED);
        assertThat(published.publishedOn()).isNotNull();
        support.runJobs(process.getId());

        assertThat(process).isEnded().hasPassed(LessonReviewProcess.NOTIFY_PUBLISHED)
                .hasPassed(LessonReviewProcess.LESSON_PUBLISHED);
        assertThat(notifications.list(cast.alice().memberId(), 0, 10)).extracting(Notification::kind)
                .contains(NotificationKind.PUBLISHED);
        // visible to every signed-in member now
        assertThat(lessons.get(lesson.id(), cast.carol()).state()).isEqualTo(LessonState.PUBLISHED);
    }

    @Test
    void changesRequestedGoBackToTheAuthorAndTheSameReviewersReviewTheNextRound() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());

        support.sendReview(reviewers.get(0), lesson.id(), ReviewDecision.requestChanges(
                "Say more about the outcomes.", Map.of("outcomes", "Which measures improved, and by how much?")));
        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        support.sendReview(reviewers.get(1), lesson.id(), ReviewDecision.approve(null));
        support.runJobs(process.getId());

        assertThat(process).isWaitingAt(LessonReviewProcess.REVISE_LESSON);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.CHANGES_REQUESTED);
        assertThat(notifications.list(cast.alice().memberId(), 0, 10)).extracting(Notification::kind)
                .contains(NotificationKind.CHANGES_REQUESTED);
        ReviewTask revise = support.openTask(cast.alice(), lesson.id(), TaskKind.REVISE);
        RevisionBrief brief = reviewTasks.revisionBrief(revise.id(), cast.alice());
        assertThat(brief.reviews()).hasSize(2);
        assertThat(brief.reviews()).flatExtracting(ReviewRecord::sectionComments)
                .anySatisfy(c -> assertThat(c.section()).isEqualTo("outcomes"));
        assertThat(brief.sentBackReason()).isNull();

        LessonDetails current = lessons.get(lesson.id(), cast.alice());
        LessonDetails edited = lessons.saveDraft(lesson.id(), cast.alice(), current.content().toBuilder()
                .outcomes("Paper notes fell by 80% in six months; medication errors fell by a third.").build(),
                current.version());
        assertThat(reviewTasks.revisionBrief(revise.id(), cast.alice()).changesSinceSubmission())
                .extracting(FieldChange::field).containsExactly("outcomes");
        reviewTasks.resubmit(revise.id(), cast.alice(), edited.version());
        support.runJobs(process.getId());

        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).round()).isEqualTo(2);
        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId)
                .containsExactlyInAnyOrderElementsOf(reviewers.stream().map(Actor::memberId).toList());
        for (Actor reviewer : reviewers) {
            ReviewTask review = support.openTask(reviewer, lesson.id(), TaskKind.REVIEW);
            assertThat(review.round()).isEqualTo(2);
            assertThat(reviewTasks.changesSinceLastReview(review.id(), reviewer)).extracting(FieldChange::field)
                    .containsExactly("outcomes");
        }

        support.review(lesson.id(), reviewers, ReviewDecision.approve("Much better."));
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
        reviewTasks.publish(support.openTask(cast.pat(), lesson.id(), TaskKind.PUBLISH).id(), cast.pat());
        support.runJobs(process.getId());
        assertThat(process).isEnded().hasPassed(LessonReviewProcess.LESSON_PUBLISHED);
    }

    @Test
    void declinesWithoutApprovalsGoToAPublisherWhoDeclines() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        support.review(lesson.id(), support.reviewers(lesson.id()),
                ReviewDecision.decline("This describes a product, not lessons learned."));

        assertThat(process).isWaitingAt(LessonReviewProcess.DECIDE_DECLINE);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.IN_REVIEW);
        ReviewTask decide = support.openTask(cast.pat(), lesson.id(), TaskKind.DECIDE_DECLINE);
        reviewTasks.decline(decide.id(), cast.pat(), "It reads as a sales brochure rather than a lesson.");
        support.runJobs(process.getId());

        assertThat(process).isEnded().hasPassed(LessonReviewProcess.LESSON_DECLINED);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.DECLINED);
        assertThat(notifications.list(cast.alice().memberId(), 0, 10)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DECLINED);
            assertThat(n.message()).contains("sales brochure");
        });
    }

    @Test
    void overridingTheReviewersTakesASecondPublisherWhoConfirms() {
        Actor penny = support.signIn("penny", "Penny Publisher", ReviewTestSupport.OAKFIELD, Roles.CONTRIBUTOR,
                Roles.PUBLISHER);
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        support.review(lesson.id(), support.reviewers(lesson.id()), ReviewDecision.decline("Too short."));

        ReviewTask decide = support.openTask(cast.pat(), lesson.id(), TaskKind.DECIDE_DECLINE);
        reviewTasks.claim(decide.id(), cast.pat());
        reviewTasks.override(decide.id(), cast.pat(), "It is short but the lesson is sound.");

        assertThat(process).as("one publisher alone cannot approve it").isWaitingAt(LessonReviewProcess.DECIDE_DECLINE);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.IN_REVIEW);
        assertThat(reviewTasks.openTasks(cast.pat())).noneMatch(t -> t.lessonId().equals(lesson.id())
                && t.kind() == TaskKind.PUBLISH);
        assertThatThrownBy(() -> reviewTasks.confirmOverride(decide.id(), cast.pat()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageStartingWith("You proposed approving this lesson, so you cannot confirm it yourself");
        assertThat(support.openTask(penny, lesson.id(), TaskKind.DECIDE_DECLINE).assigneeId())
                .as("back with all publishers").isNull();
        assertThat(reviewTasks.overrideProposal(decide.id(), penny)).hasValueSatisfying(p -> {
            assertThat(p.proposedBy()).isEqualTo(cast.pat().memberId());
            assertThat(p.reason()).isEqualTo("It is short but the lesson is sound.");
        });
        assertThat(notifications.list(penny.memberId(), 0, 10)).anySatisfy(n -> assertThat(n.message())
                .startsWith("Pat Publisher proposes approving"));

        reviewTasks.confirmOverride(decide.id(), penny);

        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.APPROVED);
        assertThat(lessons.auditTrail(lesson.id(), Actor.SYSTEM)).extracting(AuditEntry::action, AuditEntry::actorId)
                .contains(org.assertj.core.groups.Tuple.tuple("review.decline-override-proposed",
                        cast.pat().memberId()), org.assertj.core.groups.Tuple.tuple("review.decline-overridden",
                        penny.memberId()));
        reviewTasks.publish(support.openTask(cast.pat(), lesson.id(), TaskKind.PUBLISH).id(), cast.pat());
        support.runJobs(process.getId());
        assertThat(process).isEnded().hasPassed(LessonReviewProcess.LESSON_PUBLISHED);
    }

    @Test
    void aPublisherFromTheAuthorsOrganisationNeitherPublishesNorOverrulesTheReviewers() {
        Actor nell = support.signIn("nell", "Nell Publisher", ReviewTestSupport.NORTHSHIRE, Roles.PUBLISHER);
        LessonDetails declined = support.submitted(cast.alice());
        support.review(declined.id(), support.reviewers(declined.id()), ReviewDecision.decline("Too short."));
        String decide = support.openTask(nell, declined.id(), TaskKind.DECIDE_DECLINE).id();

        assertThatThrownBy(() -> reviewTasks.override(decide, nell, "It is from us and it is good."))
                .isInstanceOf(NotAllowedException.class).hasMessage("You cannot overrule the reviewers of a lesson "
                        + "from your own organisation: another publisher needs to.");

        LessonDetails approved = support.submitted(cast.alice());
        support.review(approved.id(), support.reviewers(approved.id()), ReviewDecision.approve(null));
        String publish = support.task(approved.id(), TaskKind.PUBLISH).getId();
        assertThat(reviewTasks.openTasks(nell)).noneMatch(t -> t.lessonId().equals(approved.id()));
        assertThatThrownBy(() -> reviewTasks.publish(publish, nell)).isInstanceOf(NotAllowedException.class)
                .hasMessage("You cannot publish a lesson from your own organisation: another publisher needs to.");
        assertThat(lessons.get(approved.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.APPROVED);
    }

    @Test
    void aPublisherCanSendTheApprovedLessonBackToItsAuthor() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        support.review(lesson.id(), support.reviewers(lesson.id()), ReviewDecision.approve(null));

        reviewTasks.sendBack(support.openTask(cast.pat(), lesson.id(), TaskKind.PUBLISH).id(), cast.pat(),
                "Please remove the supplier's name from the title.");

        assertThat(process).isWaitingAt(LessonReviewProcess.REVISE_LESSON);
        ReviewTask revise = support.openTask(cast.alice(), lesson.id(), TaskKind.REVISE);
        assertThat(reviewTasks.revisionBrief(revise.id(), cast.alice()).sentBackReason())
                .isEqualTo("Please remove the supplier's name from the title.");
        assertThat(notifications.list(cast.alice().memberId(), 0, 10)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
            assertThat(n.message()).contains("supplier's name");
        });
    }

    @Test
    void theAuthorCanWithdrawMidReviewAndEveryOpenTaskIsCancelled() {
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());
        support.sendReview(reviewers.get(0), lesson.id(), ReviewDecision.approve(null));

        reviewTasks.withdraw(lesson.id(), cast.alice(), "We found a mistake in the figures.");

        assertThat(process).isEnded().hasPassed(LessonReviewProcess.WITHDRAWN);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.WITHDRAWN);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).count())
                .isZero();
        assertThat(reviewTasks.openTasks(reviewers.get(1))).noneMatch(t -> t.lessonId().equals(lesson.id()));
    }

    @Test
    void onlyTheAuthorCanWithdrawAndTheProcessKeepsGoingWhenRefused() {
        LessonDetails lesson = support.submitted(cast.alice());
        assertThatThrownBy(() -> reviewTasks.withdraw(lesson.id(), cast.pat(), null))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only the author can withdraw this lesson.");
        assertThat(support.process(lesson.id())).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
    }
}
