package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who sees a lesson follows its history, and who reviews it follows every organisation a person belongs to: a
 * lesson never submitted stays within its organisation whatever its state, and a reviewer who also belongs to the
 * author's organisation is never its reviewer, whichever organisation they act for.
 */
@SpringBootTest
class LessonVisibilityIntegrationTest extends LessonTestCase {

    @Test
    void aDraftWithdrawnWithoutBeingSubmittedStaysWithinItsOrganisation() {
        LessonDetails draft = lessons.createDraft(cast.author(), LessonContent.builder().title("Not ready")
                .outcomes("Seen by Mrs Example on ward 3").build());
        Long id = lessons.withdraw(draft.id(), cast.author(), null).id();

        Actor sameOrganisationPublisher = data.member(cast.home(), Roles.PUBLISHER);
        for (Actor outsider : List.of(cast.publisher(), cast.admin(), cast.publisherWhoReviews(), cast.reviewer(),
                cast.otherUser())) {
            assertThatThrownBy(() -> lessons.get(id, outsider)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> lessons.auditTrail(id, outsider)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> lessons.rounds(id, outsider)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> lessons.reviewers(id, outsider)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> lessons.patientDataFindings(id, outsider))
                    .isInstanceOf(NotFoundException.class);
            assertThat(lessons.allowedActions(id, outsider)).isEmpty();
            assertThat(lessons.awaitingReviewers(outsider)).extracting(LessonSummary::id).doesNotContain(id);
            assertThat(lessons.awaitingPublicationBy(outsider)).extracting(LessonSummary::id).doesNotContain(id);
            assertThat(lessons.awaitingReviewBy(outsider)).extracting(LessonSummary::id).doesNotContain(id);
            assertThat(lessons.organisationDrafts(outsider)).extracting(LessonSummary::id).doesNotContain(id);
        }
        assertThat(lessons.recentlyPublished(200)).extracting(LessonSummary::id).doesNotContain(id);

        // within the organisation it is still there, as before
        assertThat(lessons.get(id, cast.author()).state()).isEqualTo(LessonState.WITHDRAWN);
        assertThat(lessons.writtenBy(cast.author())).extracting(LessonSummary::id).contains(id);
        assertThat(lessons.get(id, cast.colleague()).state()).isEqualTo(LessonState.WITHDRAWN);
        assertThat(lessons.get(id, sameOrganisationPublisher).state()).isEqualTo(LessonState.WITHDRAWN);
        assertThat(lessons.auditTrail(id, cast.author())).isNotEmpty();
    }

    @Test
    void aLessonWithdrawnAfterSubmissionIsStillSeenByPublishers() {
        LessonDetails submitted = data.submitted(cast.author());
        lessons.withdraw(submitted.id(), cast.author(), "The project is being re-run.");

        assertThat(lessons.get(submitted.id(), cast.publisher()).state()).isEqualTo(LessonState.WITHDRAWN);
        assertThat(lessons.auditTrail(submitted.id(), cast.admin())).isNotEmpty();
    }

    @Test
    void aReviewerInTwoOrganisationsIsNeverAssignedALessonOfEither() {
        OrganisationView other = cast.other();
        Actor twoOrganisations = data.memberOfSeveral(other, List.of(cast.home()), Roles.REVIEWER,
                Roles.CONTRIBUTOR);
        Actor otherAuthor = data.member(other, Roles.CONTRIBUTOR);

        LessonDetails homeLesson = data.submitted(cast.author());
        LessonDetails otherLesson = data.submitted(otherAuthor);
        for (LessonDetails lesson : List.of(homeLesson, otherLesson)) {
            assertThatThrownBy(() -> lessons.assignReviewer(lesson.id(), twoOrganisations.memberId(), Actor.SYSTEM))
                    .isInstanceOf(ConflictOfInterestException.class)
                    .hasMessageEndingWith("works for the organisation that wrote this lesson, so they cannot review "
                            + "it.");
        }

        // a lesson of neither organisation is theirs to review
        Actor thirdAuthor = data.member(data.organisation(), Roles.CONTRIBUTOR);
        LessonDetails inReview = data.inReview(thirdAuthor, twoOrganisations);
        assertThat(lessons.allowedActions(inReview.id(), twoOrganisations)).contains(Action.REVIEW);
    }

    @Test
    void anAssignedReviewerWhoJoinsTheAuthorsOrganisationNoLongerReviewsIt() {
        LessonDetails inReview = data.inReview(cast.author(), cast.reviewer());
        assertThat(lessons.allowedActions(inReview.id(), cast.reviewer())).contains(Action.REVIEW)
                .doesNotContain(Action.CONCLUDE_REVIEW);

        MemberView member = organisations.getMember(cast.reviewer().memberId());
        organisations.recordSignIn(new SignIn(member.subject(), member.username(), member.name(), null,
                details(cast.other()), List.of(details(cast.other()), details(cast.home())), member.roles()));
        Actor alsoHome = organisations.actor(member.id());

        assertThat(alsoHome.organisationId()).isEqualTo(cast.other().id());
        assertThatThrownBy(() -> lessons.require(inReview.id(), alsoHome, Action.REVIEW))
                .isInstanceOf(NotFoundException.class);
        assertThat(lessons.awaitingReviewBy(alsoHome)).extracting(LessonSummary::id).doesNotContain(inReview.id());
    }

    @Test
    void aSingleReviewerCannotConcludeTheReview() {
        LessonDetails inReview = data.inReview(cast.author(), cast.reviewer());
        assertThatThrownBy(() -> lessons.approve(inReview.id(), cast.reviewer(), null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> lessons.decline(inReview.id(), cast.reviewer(), "Not a lesson at all."))
                .isInstanceOf(NotAllowedException.class);
        assertThat(lessons.approve(inReview.id(), Actor.SYSTEM, null).state()).isEqualTo(LessonState.APPROVED);
    }

    private static OrganisationDetails details(OrganisationView organisation) {
        return new OrganisationDetails(organisation.odsCode(), organisation.name(), null, null, null);
    }
}
