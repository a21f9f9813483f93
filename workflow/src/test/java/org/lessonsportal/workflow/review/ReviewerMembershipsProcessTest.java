package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reviewer who belongs to several organisations is never offered, assigned or given a review of a lesson from any
 * of them, whichever organisation they act for now.
 */
class ReviewerMembershipsProcessTest extends ReviewProcessTestCase {

    @Autowired
    ReviewerSelection reviewerSelection;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewerInTwoOrganisationsIsOfferedTheLessonsOfNeither() {
        OrganisationDetails riverside = support.newOrganisation(Setting.COMMUNITY);
        OrganisationDetails oakfield = support.newOrganisation(Setting.PRIMARY_CARE);
        Actor dave = support.signIn("dave", "Dave Reviewer", riverside, List.of(oakfield), Roles.CONTRIBUTOR,
                Roles.REVIEWER);
        LessonDetails riversideLesson = support.draft(support.signIn("rob", "Rob Author", riverside,
                Roles.CONTRIBUTOR));
        LessonDetails oakfieldLesson = support.draft(support.signIn("olive", "Olive Author", oakfield,
                Roles.CONTRIBUTOR));

        for (LessonDetails lesson : List.of(riversideLesson, oakfieldLesson)) {
            assertThat(eligibleFor(lesson)).doesNotContain(dave.memberId());
            assertThat(reviewerSelection.refusal(lesson.id(), dave.memberId())).hasValueSatisfying(why ->
                    assertThat(why).endsWith("works for the organisation that wrote this lesson, so they cannot "
                            + "review it."));
        }
        // the lessons of a third organisation are theirs to review
        assertThat(eligibleFor(support.draft(cast.alice()))).contains(dave.memberId());
    }

    @Test
    void aPublisherCannotGiveTheReviewToSomeoneWhoAlsoBelongsToTheAuthorsOrganisation() {
        OrganisationDetails northshire = ReviewTestSupport.NORTHSHIRE;
        Actor twoOrganisations = support.signIn("dave", "Dave Reviewer", support.newOrganisation(Setting.COMMUNITY),
                List.of(northshire), Roles.REVIEWER);
        LessonDetails lesson = support.submitted(cast.alice());
        assertThat(support.reviewers(lesson.id())).extracting(Actor::memberId)
                .doesNotContain(twoOrganisations.memberId());
        String reviewTask = support.tasks(lesson.id(), TaskKind.REVIEW).get(0).getId();

        assertThatThrownBy(() -> reviewTasks.reassign(reviewTask, cast.pat(), twoOrganisations.memberId(), null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageEndingWith("works for the organisation that wrote this lesson, so they cannot review it.");
    }

    @Test
    void withTheIcbRuleAnyMembershipInTheAuthorsIcbAreaCounts() {
        OrganisationDetails trust = support.newOrganisation(Setting.ACUTE);
        OrganisationDetails neighbour = support.newOrganisation(Setting.COMMUNITY);
        OrganisationDetails elsewhere = support.newOrganisation(Setting.COMMUNITY);
        LessonDetails lesson = support.draft(support.signIn("ian", "Ian Author", trust, Roles.CONTRIBUTOR));
        Actor actingElsewhere = support.signIn("nina", "Nina Neighbour", elsewhere, List.of(neighbour),
                Roles.REVIEWER);
        setParentIcb(trust, "QZ1");
        setParentIcb(neighbour, "QZ1");
        setParentIcb(elsewhere, "QZ2");

        boolean before = settings.isExcludeSameIcb();
        try {
            settings.setExcludeSameIcb(false);
            assertThat(eligibleFor(lesson)).contains(actingElsewhere.memberId());
            settings.setExcludeSameIcb(true);
            assertThat(eligibleFor(lesson)).doesNotContain(actingElsewhere.memberId());
        } finally {
            settings.setExcludeSameIcb(before);
        }
    }

    private List<Long> eligibleFor(LessonDetails draft) {
        // the rules do not depend on the lesson's state, so a draft shows them without starting a review
        return reviewerSelection.eligible(draft.id()).stream().map(EligibleReviewer::memberId).toList();
    }

    private void setParentIcb(OrganisationDetails organisation, String icb) {
        jdbc.update("update organisation set parent_icb_ods_code = ? where ods_code = ?", icb,
                organisation.odsCode());
    }
}
