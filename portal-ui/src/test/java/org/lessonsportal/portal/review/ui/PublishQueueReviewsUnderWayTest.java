package org.lessonsportal.portal.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.workflow.review.EligibleReviewer;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * The publish queue's "Reviews under way": a publisher sees who is reviewing which lesson, since when and until when,
 * and gives a review to another eligible reviewer; refusals are shown in plain words in the dialog.
 */
class PublishQueueReviewsUnderWayTest extends ReviewProcessTest {

    Person spare;
    Person other;
    Person publisher;

    @BeforeEach
    void twoReviewersWhoDoNotKnowTheProjectAndAPublisher() {
        spare = person("spare-reviewer", newOdsCode(), Roles.REVIEWER);
        other = person("other-reviewer", newOdsCode(), Roles.REVIEWER);
        publisher = person("publisher", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
    }

    @Test
    void aPublisherSeesTheReviewsUnderWayAndGivesOneToAnotherReviewer() {
        LessonDetails lesson = submitted("Electronic observations " + newOdsCode());
        ReviewTask firstReview = awaitBothReviews(lesson.id());

        actAs(publisher);
        navigate("publish");
        ReviewsUnderWaySection section = _get(ReviewsUnderWaySection.class);
        assertThat(_get(section, H2.class, spec -> spec.withText("Reviews under way"))).isNotNull();
        String card = card(lesson).getElement().getTextRecursively();
        assertThat(card).contains(lesson.title(), "From Test organisation ", "round 1",
                "Test first-reviewer, Test organisation " + first.odsCode(), "Test second-reviewer",
                "Reviewing round 1 since ", "Due ");
        assertThat(_get(PublishQueueView.class).getElement().getTextRecursively())
                .doesNotContain("Test spare-reviewer");

        // choosing nobody is refused next to the field
        _click(giveButton(firstReview));
        ReassignReviewDialog dialog = _get(ReassignReviewDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Give Test first-reviewer's review to someone else");
        List<EligibleReviewer> offered = dialog.reviewer.getListDataView().getItems().toList();
        assertThat(offered).extracting(EligibleReviewer::memberId)
                .contains(spare.id(), other.id())
                .doesNotContain(first.id(), second.id(), author.id());
        _click(dialog.confirm);
        assertThat(dialog.reviewer.isInvalid()).isTrue();
        assertThat(dialog.reviewer.getErrorMessage()).isEqualTo("Choose a reviewer");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.reviewer, offered(offered, spare));
        _setValue(dialog.reason, "On leave for a month.");
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(card(lesson).getElement().getTextRecursively())
                .contains("Test spare-reviewer", "Test second-reviewer").doesNotContain("Test first-reviewer");
        assertThat(reviewTasks.openTasks(spare.actor()))
                .anyMatch(t -> t.kind() == TaskKind.REVIEW && t.lessonId().equals(lesson.id()));
        assertThat(reviewTasks.openTasks(first.actor())).noneMatch(t -> t.lessonId().equals(lesson.id()));
    }

    @Test
    void aReviewSomeoneElseHasJustMovedIsRefusedInPlainWords() {
        LessonDetails lesson = submitted("Digital discharge " + newOdsCode());
        ReviewTask firstReview = awaitBothReviews(lesson.id());

        actAs(publisher);
        navigate("publish");
        _click(giveButton(firstReview));
        ReassignReviewDialog dialog = _get(ReassignReviewDialog.class);
        List<EligibleReviewer> offered = dialog.reviewer.getListDataView().getItems().toList();
        _setValue(dialog.reviewer, offered(offered, other));
        // meanwhile another publisher gives the same review to someone else
        reviewTasks.reassign(firstReview.id(), publisher.actor(), spare.id(), null);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).startsWith("We could not find that task.");
        assertThat(dialog.reviewer.getValue().memberId()).isEqualTo(other.id());
        assertThat(reviewTasks.openTasks(other.actor())).noneMatch(t -> t.lessonId().equals(lesson.id()));
    }

    @Test
    void onlyPublishersOpenThePublishQueue() {
        actAs(first);
        navigate("publish");
        assertThat(_find(PublishQueueView.class)).isEmpty();
        assertThat(_find(ReviewsUnderWaySection.class)).isEmpty();
    }

    private Section card(LessonDetails lesson) {
        return _get(Section.class, spec -> spec.withId("under-way-" + lesson.id()));
    }

    private static Button giveButton(ReviewTask review) {
        return _get(Button.class, spec -> spec.withId("reassign-review-" + review.id()));
    }

    private static EligibleReviewer offered(List<EligibleReviewer> offered, Person person) {
        return offered.stream().filter(r -> r.memberId().equals(person.id())).findFirst().orElseThrow();
    }
}
