package org.lessonsportal.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonStateException;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Four eyes at publication: overruling the reviewers' recommendation to decline takes two publishers. */
@SpringBootTest
class DeclineOverrideServiceIntegrationTest extends LessonTestCase {

    @Autowired
    DeclineOverrideService overrides;

    @Autowired
    ReviewService reviews;

    Actor secondPublisher;

    @BeforeEach
    void setUp() {
        secondPublisher = data.member(data.organisation(), Roles.PUBLISHER);
    }

    private LessonDetails declineRecommended() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer());
        reviews.recordReview(lesson.id(), cast.reviewer(), new ReviewSubmission(ReviewDecision.DECLINE,
                "This describes a product rather than lessons learned.", List.of(), false, null));
        return lesson;
    }

    @Test
    void onePublisherAloneCannotApproveALessonTheReviewersRecommendedDeclining() {
        LessonDetails lesson = declineRecommended();

        DeclineOverride proposal = overrides.propose(lesson.id(), cast.publisher(), "The lesson is short but sound.");

        assertThat(proposal.isConfirmed()).isFalse();
        assertThat(lessons.get(lesson.id(), cast.publisher()).state()).as("still waiting for a second publisher")
                .isEqualTo(LessonState.IN_REVIEW);
        assertThatThrownBy(() -> lessons.publish(lesson.id(), cast.publisher()))
                .isInstanceOf(LessonStateException.class);
        assertThatThrownBy(() -> overrides.confirm(lesson.id(), cast.publisher()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You proposed approving this lesson, so you cannot confirm it yourself: another "
                        + "publisher needs to.");
        assertThatThrownBy(() -> overrides.propose(lesson.id(), cast.publisher(), "Once more, with feeling."))
                .isInstanceOf(DomainException.class)
                .hasMessage("You have already proposed approving this lesson: another publisher needs to confirm it.");
        assertThat(overrides.pending(lesson.id(), secondPublisher)).contains(proposal);
    }

    @Test
    void aSecondPublisherConfirmsAndTheLessonCanBePublished() {
        LessonDetails lesson = declineRecommended();
        overrides.propose(lesson.id(), cast.publisher(), "The lesson is short but sound.");

        LessonDetails approved = overrides.confirm(lesson.id(), secondPublisher);

        assertThat(approved.state()).isEqualTo(LessonState.APPROVED);
        assertThat(overrides.pending(lesson.id(), cast.publisher())).isEmpty();
        List<AuditEntry> trail = lessons.auditTrail(lesson.id(), cast.admin());
        assertThat(trail).filteredOn(e -> e.action().equals("review.decline-override-proposed")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actorId()).isEqualTo(cast.publisher().memberId());
                    assertThat(e.reason()).isEqualTo("The lesson is short but sound.");
                });
        String proposer = organisations.getMember(cast.publisher().memberId()).name();
        String confirmer = organisations.getMember(secondPublisher.memberId()).name();
        assertThat(trail).filteredOn(e -> e.action().equals("review.decline-overridden")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actorId()).isEqualTo(secondPublisher.memberId());
                    assertThat(e.description()).contains(proposer);
                });
        assertThat(trail).filteredOn(e -> e.action().equals("lesson.approved")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains(proposer, confirmer));
        assertThat(lessons.publish(lesson.id(), secondPublisher).state()).isEqualTo(LessonState.PUBLISHED);
    }

    @Test
    void neitherPublisherMayComeFromTheLessonsOrganisation() {
        LessonDetails lesson = declineRecommended();
        Actor colleagueWhoPublishes = data.member(cast.home(), Roles.PUBLISHER);

        assertThatThrownBy(() -> overrides.propose(lesson.id(), colleagueWhoPublishes, "We know it is good."))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You cannot overrule the reviewers of a lesson from your own organisation: another "
                        + "publisher needs to.");
        overrides.propose(lesson.id(), cast.publisher(), "The lesson is short but sound.");
        assertThatThrownBy(() -> overrides.confirm(lesson.id(), colleagueWhoPublishes))
                .isInstanceOf(NotAllowedException.class);
        assertThat(lessons.get(lesson.id(), cast.author()).state()).isEqualTo(LessonState.IN_REVIEW);
    }

    @Test
    void onlyARecommendationToDeclineCanBeOverruledAndOnlyWithAReason() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer());

        assertThatThrownBy(() -> overrides.propose(lesson.id(), cast.publisher(), "Publish it."))
                .isInstanceOf(DomainException.class)
                .hasMessage("The reviewers of round 1 have not recommended declining this lesson, so there is "
                        + "nothing to overrule.");
        assertThatThrownBy(() -> overrides.confirm(lesson.id(), secondPublisher))
                .isInstanceOf(DomainException.class)
                .hasMessage("No publisher has proposed approving this lesson against its reviewers' "
                        + "recommendation, so there is nothing to confirm.");
        LessonDetails declined = declineRecommended();
        assertThatThrownBy(() -> overrides.propose(declined.id(), cast.publisher(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("reason"))
                        .containsExactly("Explain why you are overriding the reviewers"));
    }
}
