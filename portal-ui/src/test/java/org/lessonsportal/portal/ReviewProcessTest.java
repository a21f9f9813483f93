package org.lessonsportal.portal;

import java.time.Duration;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless view tests that send lessons through the real review process. Each test starts with an author and two
 * reviewers, each of their own organisation, whom the process picks for every lesson of the test data's type (an
 * electronic patient record), and an administrator.
 */
public abstract class ReviewProcessTest extends KaribuTest {

    @Autowired
    protected ReviewTasks reviewTasks;

    protected Person author;
    protected Person first;
    protected Person second;

    @BeforeEach
    void anAuthorAndTwoReviewersWhoKnowElectronicPatientRecords() {
        author = person("author", newOdsCode(), Roles.CONTRIBUTOR);
        first = person("first-reviewer", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        second = person("second-reviewer", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        person("admin", newOdsCode(), Roles.ADMIN);
        onlyTheseReviewElectronicPatientRecords(first, second);
    }

    /**
     * Makes these two the only reviewers who know electronic patient records (every other reviewer knows nothing), so
     * the review process picks them for a lesson of that type.
     */
    private void onlyTheseReviewElectronicPatientRecords(Person first, Person second) {
        for (MemberView member : organisations.members()) {
            if (member.hasRole(Roles.REVIEWER)) {
                boolean ours = member.id().equals(first.id()) || member.id().equals(second.id());
                organisations.updateExpertise(member.id(),
                        ours ? Set.of(ProjectType.ELECTRONIC_PATIENT_RECORD) : Set.of());
            }
        }
    }

    /** A complete lesson with this title, written by the author and submitted for review. */
    protected LessonDetails submitted(String title) {
        LessonDetails draft = lessons.createDraft(author.actor(), LessonTestData.complete(title));
        return reviewTasks.submit(draft.id(), author.actor(), draft.version());
    }

    /** The reviewer sends their review of the lesson, once the process has given it to them. */
    protected void review(Person reviewer, Long lessonId, ReviewDecision decision) {
        reviewTasks.completeReview(awaitTask(reviewer, TaskKind.REVIEW, lessonId).id(), reviewer.actor(), decision);
    }

    /** Waits until the process has given the lesson to both reviewers, and returns the first reviewer's task. */
    protected ReviewTask awaitBothReviews(Long lessonId) {
        ReviewTask firsts = awaitTask(first, TaskKind.REVIEW, lessonId);
        awaitTask(second, TaskKind.REVIEW, lessonId);
        return firsts;
    }

    /** The reviewer opens the review page of their task for the lesson, once the process has given it to them. */
    protected ReviewTask openReview(Person reviewer, Long lessonId) {
        ReviewTask task = awaitTask(reviewer, TaskKind.REVIEW, lessonId);
        actAs(reviewer);
        navigate("tasks/" + task.id() + "/review");
        return task;
    }

    /** Waits until the person has an open task of this kind for the lesson (the process assigns in the background). */
    protected ReviewTask awaitTask(Person person, TaskKind kind, Long lessonId) {
        return awaitTask(person, kind, lessonId, Duration.ofSeconds(20));
    }

    /** {@link #awaitTask(Person, TaskKind, Long)}, waiting up to {@code patience}. */
    protected ReviewTask awaitTask(Person person, TaskKind kind, Long lessonId, Duration patience) {
        ReviewTask[] found = new ReviewTask[1];
        await(person.user().username() + " has a " + kind + " task", patience, () -> {
            found[0] = reviewTasks.openTasks(person.actor()).stream()
                    .filter(t -> t.kind() == kind && t.lessonId().equals(lessonId)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
