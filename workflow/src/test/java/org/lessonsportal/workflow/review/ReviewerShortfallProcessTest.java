package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.DirectoryMember;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;

/**
 * Fewer eligible reviewers than a round needs (docs/adr/0048): those found are asked at once, publishers add the
 * rest with the reasons in front of them, and people the directory sync brought in count although they never signed
 * in. The portal is made to know only a few reviewers ({@link KnownReviewers}), as on a fresh installation.
 */
class ReviewerShortfallProcessTest extends ReviewProcessTestCase {

    @Test
    void theReviewersFoundAreAskedAtOnceAndAPublisherAddsTheRestKnowingWhy() {
        LessonDetails lesson = knownReviewers.onlyAmong(List.of(cast.rita().memberId(), cast.bob().memberId()),
                () -> support.submitted(cast.alice()));
        ProcessInstance process = support.process(lesson.id());

        // bob is asked at once; the second place waits for a publisher
        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId).containsExactly(cast.bob().memberId());
        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON, LessonReviewProcess.ADD_REVIEWER);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.IN_REVIEW);
        assertThat(support.tasks(lesson.id(), TaskKind.ASSIGN_REVIEWERS)).isEmpty();
        assertThat(notifications.list(cast.pat().memberId(), 0, 20))
                .filteredOn(n -> lesson.id().equals(n.lessonId())).singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
                    assertThat(n.message()).contains("needs another reviewer")
                            .contains("Only 1 of the 2 reviewers this lesson needs could be found automatically. "
                                    + "Reviewing it: Bob Reviewer.");
                });

        // the publisher sees who was left out and why
        ReviewerShortfall why = knownReviewers.onlyAmong(List.of(cast.rita().memberId(), cast.bob().memberId()),
                () -> reviewTasks.reviewerShortfall(lesson.id(), cast.pat()));
        assertThat(why.asked()).containsExactly("Bob Reviewer");
        assertThat(why.missing()).isEqualTo(1);
        assertThat(why.leftOut()).containsExactly(
                "Rita Reviewer works for the organisation that wrote this lesson, so they cannot review it.");
        assertThat(why.whoIsKnown()).contains(organisations.lastDirectorySync().isPresent()
                ? "Reviewers who have never signed in count too" : "signed in at least once");
        assertThatThrownBy(() -> reviewTasks.reviewerShortfall(lesson.id(), cast.bob()))
                .isInstanceOf(NotAllowedException.class);

        // bob's review alone does not end the round
        support.review(lesson.id(), List.of(cast.bob()), ReviewDecision.approve(null));
        assertThat(process).isWaitingAt(LessonReviewProcess.ADD_REVIEWER);

        ReviewTask add = support.openTask(cast.pat(), lesson.id(), TaskKind.ADD_REVIEWER);
        assertThatThrownBy(() -> reviewTasks.reassign(add.id(), cast.pat(), cast.rita().memberId(), null))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("works for the organisation");
        assertThatThrownBy(() -> reviewTasks.reassign(add.id(), cast.pat(), cast.bob().memberId(), null))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("already reviewing");
        reviewTasks.reassign(add.id(), cast.pat(), cast.carol().memberId(), null);

        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId)
                .containsExactly(cast.carol().memberId());
        assertThat(notifications.list(cast.carol().memberId(), 0, 5)).filteredOn(n -> lesson.id().equals(n.lessonId()))
                .extracting(Notification::kind).containsExactly(NotificationKind.REVIEW_ASSIGNED);
        assertThat(notifications.list(cast.pat().memberId(), 0, 20)).filteredOn(n -> lesson.id().equals(n.lessonId()))
                .as("the request to pat is settled").singleElement().satisfies(n -> assertThat(n.isRead()).isTrue());
        support.review(lesson.id(), List.of(cast.carol()), ReviewDecision.approve(null));
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    @Test
    void withNoReviewerAtAllAPublisherChoosesThemAndIsToldWhy() {
        LessonDetails lesson = knownReviewers.onlyAmong(List.of(cast.rita().memberId()),
                () -> support.submitted(cast.alice()));

        assertThat(support.process(lesson.id())).isWaitingAt(LessonReviewProcess.CHOOSE_REVIEWERS);
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).isEmpty();
        assertThat(notifications.list(cast.pat().memberId(), 0, 20))
                .filteredOn(n -> lesson.id().equals(n.lessonId())).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("needs reviewers: none of the 2 reviewers this "
                        + "lesson needs could be found automatically."));
        ReviewerShortfall why = knownReviewers.onlyAmong(List.of(cast.rita().memberId()),
                () -> reviewTasks.reviewerShortfall(lesson.id(), cast.pat()));
        assertThat(why.asked()).isEmpty();
        assertThat(why.summary()).isEqualTo("None of the 2 reviewers this lesson needs could be found "
                + "automatically.");
        assertThat(why.leftOut()).singleElement().asString().startsWith("Rita Reviewer works for the organisation");
    }

    @Test
    void aReviewerFromTheDirectoryWhoNeverSignedInIsAskedLikeAnyoneElse() {
        String subject = UUID.randomUUID().toString();
        organisations.syncDirectory(List.of(ReviewTestSupport.RIVERSIDE, ReviewTestSupport.OAKFIELD),
                List.of(new DirectoryMember(subject, "sam-" + subject.substring(0, 8), "Sam Synced", null,
                        Set.of(ReviewTestSupport.RIVERSIDE.odsCode()), Set.of(Roles.CONTRIBUTOR, Roles.REVIEWER))),
                Instant.now());
        MemberView sam = organisations.findMemberBySubject(subject).orElseThrow();
        assertThat(sam.hasSignedIn()).isFalse();

        LessonDetails lesson = knownReviewers.onlyAmong(List.of(sam.id(), cast.carol().memberId()),
                () -> support.submitted(cast.alice()));

        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId)
                .containsExactlyInAnyOrder(sam.id(), cast.carol().memberId());
        assertThat(notifications.list(sam.id(), 0, 5)).extracting(Notification::kind)
                .contains(NotificationKind.REVIEW_ASSIGNED);
        assertThat(organisations.lastDirectorySync()).isPresent();
    }
}
