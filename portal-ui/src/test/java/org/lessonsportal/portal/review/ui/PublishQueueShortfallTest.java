package org.lessonsportal.portal.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.review.EligibleReviewer;
import org.lessonsportal.workflow.review.ReviewSettings;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewerShortfall;
import org.lessonsportal.workflow.review.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The publish queue's card for a round that started with fewer reviewers than it needs (docs/adr/0048): it says how
 * many were found and who is reviewing, lists who was left out and why, and lets the publisher add someone.
 */
class PublishQueueShortfallTest extends ReviewProcessTest {

    @Autowired
    ReviewSettings settings;

    @Test
    void aPublisherAddingAReviewerSeesWhoWasLeftOutAndWhy() {
        person("colleague", author.odsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        Person publisher = person("publisher", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        Long authorsOrganisation = organisations.getMember(author.id()).organisationId();
        // one more than every reviewer who may review the author's lessons: all are asked, one place stays open
        long mayReview = organisations.membersWithRole(Roles.REVIEWER).stream()
                .filter(m -> !m.organisationIds().isEmpty() && !m.belongsTo(authorsOrganisation)).count();
        int required = settings.getRequiredReviewers();
        LessonDetails lesson;
        ReviewTask add;
        settings.setRequiredReviewers((int) mayReview + 1);
        try {
            LessonDetails draft = lessons.createDraft(author.actor(), LessonTestData.complete("Virtual wards "
                    + newOdsCode()));
            lesson = reviewTasks.submit(draft.id(), author.actor(), draft.version());
            // every reviewer of the shared test database is asked first (hundreds by the end of a CI run)
            add = awaitTask(publisher, TaskKind.ADD_REVIEWER, lesson.id(), Duration.ofSeconds(120));
        } finally {
            settings.setRequiredReviewers(required);
        }
        ReviewerShortfall why = reviewTasks.reviewerShortfall(lesson.id(), publisher.actor());
        assertThat(why.asked()).hasSize((int) mayReview);
        if (why.moreLeftOut() == 0) {
            assertThat(why.leftOut()).contains("Test colleague works for the organisation that wrote this lesson, "
                    + "so they cannot review it.");
        }

        actAs(publisher);
        navigate("publish");
        String card = card(add).getElement().getTextRecursively();
        assertThat(card).contains("Add a reviewer", "Only " + mayReview + " of the " + (mayReview + 1)
                + " reviewers this lesson needs could be found automatically.", "Choose someone for the place left.",
                "Left out:", why.whoIsKnown());
        why.leftOut().forEach(reason -> assertThat(card).contains(reason));

        // a reviewer who joins later can be added
        Person late = person("late-reviewer", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        actAs(publisher);
        navigate("publish");
        @SuppressWarnings("unchecked")
        ComboBox<EligibleReviewer> reviewer = _get(ComboBox.class, spec -> spec.withId("reviewer-" + add.id()));
        assertThat(reviewer.getLabel()).isEqualTo("Reviewer to add");
        _setValue(reviewer, reviewer.getListDataView().getItems().filter(r -> r.memberId().equals(late.id()))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("reassign-" + add.id())));
        awaitTask(late, TaskKind.REVIEW, lesson.id());

        // the lesson's dozens of reviewers are not left waiting for the other tests
        reviewTasks.withdraw(lesson.id(), author.actor(), "The test is over.");
    }

    private static Section card(ReviewTask task) {
        return _get(Section.class, spec -> spec.withId("task-" + task.id()));
    }
}
