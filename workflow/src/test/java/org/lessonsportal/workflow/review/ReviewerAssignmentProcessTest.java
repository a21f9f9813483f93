package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reviews: the automatic assignment rules, publishers choosing reviewers when there are not enough, competing
 * interests and reassignment. The database is shared with other tests, so other reviewers may be eligible too:
 * assertions are about the rules (never the author's organisation, expertise first, fewest open reviews first), not
 * about exactly who was picked, except where the test makes the choice unambiguous.
 */
class ReviewerAssignmentProcessTest extends ReviewProcessTestCase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewerSelection reviewerSelection;

    @Test
    void ritaFromAlicesOrganisationIsNeverAssignedAlicesLessons() {
        for (int i = 0; i < 3; i++) {
            LessonDetails lesson = support.submitted(cast.alice());
            List<Actor> reviewers = support.reviewers(lesson.id());
            assertThat(reviewers).hasSize(2).extracting(Actor::memberId).doesNotContain(cast.rita().memberId());
            assertThat(reviewers).allSatisfy(r -> {
                assertThat(r.organisationId()).isNotEqualTo(cast.alice().organisationId());
                assertThat(r.hasRole(Roles.REVIEWER)).isTrue();
            });
            assertThat(reviewTasks.eligibleReviewers(lesson.id(), cast.pat())).extracting(EligibleReviewer::memberId)
                    .doesNotContain(cast.rita().memberId(), cast.alice().memberId())
                    .doesNotContainAnyElementsOf(reviewers.stream().map(Actor::memberId).toList());
        }
        assertThat(reviewTasks.openTasks(cast.rita())).isEmpty();
    }

    @Test
    void reviewersWithExpertiseInTheProjectTypeComeFirstThenThoseWithFewestOpenReviews() {
        // the demo lessons are about an electronic patient record
        Actor erin = expert("erin", "Erin Expert", ReviewTestSupport.RIVERSIDE);
        Actor evan = expert("evan", "Evan Expert", ReviewTestSupport.OAKFIELD);
        Actor ezra = expert("ezra", "Ezra Expert", ReviewTestSupport.RIVERSIDE);
        Set<Long> experts = Set.of(erin.memberId(), evan.memberId(), ezra.memberId());

        LessonDetails first = support.submitted(cast.alice());
        List<Long> firstReviewers = support.reviewers(first.id()).stream().map(Actor::memberId).toList();
        assertThat(firstReviewers).hasSize(2).allSatisfy(id -> assertThat(organisations.getMember(id)
                .expertise()).contains(ProjectType.ELECTRONIC_PATIENT_RECORD));

        LessonDetails second = support.submitted(cast.alice());
        List<Long> secondReviewers = support.reviewers(second.id()).stream().map(Actor::memberId).toList();
        assertThat(secondReviewers).hasSize(2).allSatisfy(id -> assertThat(organisations.getMember(id)
                .expertise()).contains(ProjectType.ELECTRONIC_PATIENT_RECORD));
        // our three experts had no open reviews: whichever one the first lesson did not get comes first now
        Set<Long> notYetAsked = new java.util.HashSet<>(experts);
        firstReviewers.forEach(notYetAsked::remove);
        if (!notYetAsked.isEmpty()) {
            assertThat(secondReviewers).containsAnyElementsOf(notYetAsked);
        }
        List<EligibleReviewer> ranked = reviewTasks.eligibleReviewers(second.id(), cast.pat());
        assertThat(ranked).isEqualTo(ReviewerSelection.rank(ranked));
    }

    @Test
    void withNotEnoughEligibleReviewersAPublisherChoosesThem() {
        LessonDetails lesson = submittedForAPublisherToChooseReviewers();
        ProcessInstance process = support.process(lesson.id());
        assertThat(process).isWaitingAt(LessonReviewProcess.CHOOSE_REVIEWERS);
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.SUBMITTED);
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).isEmpty();
        assertThat(notifications.list(cast.pat().memberId(), 0, 20)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.message()).contains("needs reviewers");
        });

        ReviewTask choose = support.openTask(cast.pat(), lesson.id(), TaskKind.ASSIGN_REVIEWERS);
        assertThat(reviewTasks.eligibleReviewers(lesson.id(), cast.pat())).extracting(EligibleReviewer::memberId)
                .contains(cast.bob().memberId(), cast.carol().memberId()).doesNotContain(cast.rita().memberId());
        assertThatThrownBy(() -> reviewTasks.assignReviewers(choose.id(), cast.pat(),
                List.of(cast.bob().memberId(), cast.rita().memberId())))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Rita Reviewer works for the organisation that wrote this lesson, so they cannot review "
                        + "it.");
        assertThatThrownBy(() -> reviewTasks.assignReviewers(choose.id(), cast.bob(), List.of(cast.carol()
                .memberId()))).isInstanceOf(NotAllowedException.class).hasMessage("Only a publisher can do this.");
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).as("nothing of the refused attempt stays")
                .isEmpty();

        reviewTasks.assignReviewers(choose.id(), cast.pat(), List.of(cast.bob().memberId(),
                cast.carol().memberId()));

        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId)
                .containsExactlyInAnyOrder(cast.bob().memberId(), cast.carol().memberId());
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.IN_REVIEW);
        support.review(lesson.id(), List.of(cast.bob(), cast.carol()), ReviewDecision.approve(null));
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    @Test
    void aDeclaredCompetingInterestHandsTheReviewBackForAnotherReviewer() {
        spareReviewer();
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());
        Actor conflicted = reviewers.get(0);
        Actor other = reviewers.get(1);

        support.sendReview(conflicted, lesson.id(),
                ReviewDecision.competingInterest("I advised the supplier on this project."));
        support.runJobs(process.getId());

        assertThat(process).isWaitingAt(LessonReviewProcess.REASSIGN_REVIEWER, LessonReviewProcess.REVIEW_LESSON);
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).filteredOn(a -> a.memberId().equals(
                conflicted.memberId())).singleElement().satisfies(a -> {
                    assertThat(a.isActive()).isFalse();
                    assertThat(a.releaseReason()).contains("I advised the supplier");
                });
        assertThat(notifications.list(cast.pat().memberId(), 0, 20)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.message()).contains("declared a competing interest");
        });
        ReviewTask reassign = support.openTask(cast.pat(), lesson.id(), TaskKind.REASSIGN);
        List<EligibleReviewer> eligible = reviewTasks.eligibleReviewers(lesson.id(), cast.pat());
        assertThat(eligible).extracting(EligibleReviewer::memberId)
                .doesNotContain(conflicted.memberId(), other.memberId(), cast.rita().memberId());
        assertThatThrownBy(() -> reviewTasks.reassign(reassign.id(), cast.pat(), conflicted.memberId(), null))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("declared a competing interest");

        Actor replacement = organisations.actor(eligible.get(0).memberId());
        reviewTasks.reassign(reassign.id(), cast.pat(), replacement.memberId(), null);

        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId)
                .containsExactlyInAnyOrder(other.memberId(), replacement.memberId());
        assertThat(notifications.list(replacement.memberId(), 0, 5)).extracting(Notification::kind)
                .contains(NotificationKind.REVIEW_ASSIGNED);
        support.review(lesson.id(), List.of(other, replacement), ReviewDecision.approve(null));
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    @Test
    void aPublisherCanGiveAnOpenReviewToAnotherEligibleReviewer() {
        spareReviewer();
        LessonDetails lesson = support.submitted(cast.alice());
        ProcessInstance process = support.process(lesson.id());
        List<Actor> reviewers = support.reviewers(lesson.id());
        Actor away = reviewers.get(0);
        ReviewTask review = support.openTask(away, lesson.id(), TaskKind.REVIEW);
        Long replacementId = reviewTasks.eligibleReviewers(lesson.id(), cast.pat()).get(0).memberId();

        assertThatThrownBy(() -> reviewTasks.reassign(review.id(), reviewers.get(1), replacementId, null))
                .isInstanceOf(NotAllowedException.class);
        Date reassignedAt = ClockUtil.getCurrentTime();
        reviewTasks.reassign(review.id(), cast.pat(), replacementId, "On leave for a month.");

        assertThat(process).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId)
                .containsExactlyInAnyOrder(reviewers.get(1).memberId(), replacementId);
        assertThat(lessons.reviewers(lesson.id(), Actor.SYSTEM)).filteredOn(AssignedReviewer::isActive)
                .extracting(AssignedReviewer::memberId)
                .containsExactlyInAnyOrder(reviewers.get(1).memberId(), replacementId);
        assertThatThrownBy(() -> reviewTasks.completeReview(review.id(), away, ReviewDecision.approve(null)))
                .isInstanceOf(NotFoundException.class);
        // the new reviewer's task starts afresh: reminder and escalation count from now
        Task newTask = support.tasks(lesson.id(), TaskKind.REVIEW).stream()
                .filter(t -> t.getAssignee().equals(String.valueOf(replacementId))).findFirst().orElseThrow();
        assertThat(newTask.getCreateTime()).isAfterOrEqualTo(reassignedAt);
    }

    @Test
    void withTheIcbRuleReviewersFromTheAuthorsIcbAreaAreNotEligible() {
        OrganisationDetails trust = support.newOrganisation(Setting.ACUTE);
        OrganisationDetails neighbour = support.newOrganisation(Setting.COMMUNITY);
        OrganisationDetails elsewhere = support.newOrganisation(Setting.COMMUNITY);
        Actor author = support.signIn("ian", "Ian Author", trust, Roles.CONTRIBUTOR);
        Actor sameArea = support.signIn("nina", "Nina Neighbour", neighbour, Roles.REVIEWER);
        Actor otherArea = support.signIn("olly", "Olly Other", elsewhere, Roles.REVIEWER);
        setParentIcb(trust, "QZ1");
        setParentIcb(neighbour, "QZ1");
        setParentIcb(elsewhere, "QZ2");
        LessonDetails lesson = lessons.createDraft(author, org.lessonsportal.testsupport.LessonTestData.complete(
                org.lessonsportal.testsupport.LessonTestData.title()));

        boolean before = settings.isExcludeSameIcb();
        try {
            settings.setExcludeSameIcb(false);
            assertThat(eligibleFor(lesson)).contains(sameArea.memberId(), otherArea.memberId());
            settings.setExcludeSameIcb(true);
            assertThat(eligibleFor(lesson)).contains(otherArea.memberId()).doesNotContain(
                    sameArea.memberId());
        } finally {
            settings.setExcludeSameIcb(before);
        }
    }

    private List<Long> eligibleFor(LessonDetails draft) {
        // the rule does not depend on the lesson's state, so a draft shows it without starting a review
        return reviewerSelection.eligible(draft.id()).stream().map(EligibleReviewer::memberId).toList();
    }

    /** Someone besides bob and carol, so there is always another eligible reviewer. */
    private Actor spareReviewer() {
        return support.signIn("dave", "Dave Reviewer", support.newOrganisation(Setting.COMMUNITY), Roles.REVIEWER);
    }

    private void setParentIcb(OrganisationDetails organisation, String icb) {
        // the domain has no way to set it yet (it comes from the identity provider later)
        jdbc.update("update organisation set parent_icb_ods_code = ? where ods_code = ?", icb,
                organisation.odsCode());
    }

    private Actor expert(String username, String name, OrganisationDetails organisation) {
        Actor expert = support.signIn(username, name, organisation, Roles.REVIEWER);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null,
                "ROLE_" + Roles.ADMIN));
        try {
            organisations.updateExpertise(expert.memberId(), Set.of(ProjectType.ELECTRONIC_PATIENT_RECORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return expert;
    }
}
