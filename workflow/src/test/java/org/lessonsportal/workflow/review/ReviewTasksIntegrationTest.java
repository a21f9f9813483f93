package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.SendBackTo;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.ReviewSubmission;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

/** The task API's checks: who may do what, plain-English refusals, and nothing of Camunda in its signatures. */
class ReviewTasksIntegrationTest extends ReviewProcessTestCase {

    @Autowired
    ReviewService reviews;

    @Test
    void onlyTheAssignedReviewerCanCompleteTheirReview() {
        LessonDetails lesson = support.submitted(cast.alice());
        List<Actor> reviewers = support.reviewers(lesson.id());
        String taskId = support.openTask(reviewers.get(0), lesson.id(), TaskKind.REVIEW).id();

        assertThatThrownBy(() -> reviewTasks.completeReview(taskId, reviewers.get(1), ReviewDecision.approve(null)))
                .isInstanceOf(NotAllowedException.class).hasMessage("This review was given to someone else.");
        assertThatThrownBy(() -> reviewTasks.completeReview(taskId, cast.alice(), ReviewDecision.approve(null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reviewTasks.completeReview(taskId, reviewers.get(0),
                ReviewDecision.competingInterest(" "))).isInstanceOf(ValidationException.class)
                .hasMessage("There is a problem: Describe your competing interest.");
        assertThatThrownBy(() -> reviewTasks.completeReview(taskId, reviewers.get(0),
                ReviewDecision.requestChanges(null, Map.of()))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Explain what the author needs to change");
        assertThatThrownBy(() -> reviewTasks.completeReview(taskId, reviewers.get(0),
                ReviewDecision.requestChanges("See my comment.", Map.of("nonsense", "?"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Choose which section of the lesson this comment is about");
        assertThatThrownBy(() -> reviewTasks.completeReview("no-such-task", reviewers.get(0),
                ReviewDecision.approve(null))).isInstanceOf(NotFoundException.class)
                .hasMessage(ReviewTasks.TASK_GONE);
        assertThatThrownBy(() -> reviewTasks.publish(taskId, cast.pat())).isInstanceOf(DomainException.class)
                .hasMessage("This is a \"Review\" task, so it cannot be used for that.");

        assertThat(support.process(lesson.id())).isWaitingAt(LessonReviewProcess.REVIEW_LESSON);
        assertThat(reviews.reviewsOf(lesson.id(), Actor.SYSTEM)).isEmpty();
        reviewTasks.completeReview(taskId, reviewers.get(0), ReviewDecision.approve(null));
        assertThat(reviews.reviewsOf(lesson.id(), Actor.SYSTEM)).hasSize(1);
    }

    @Test
    void aPublisherWhoReviewedTheLessonCannotPublishItAndClaimsAreRespected() {
        Actor quinn = support.signIn("quinn", "Quinn Publisher-Reviewer", ReviewTestSupport.RIVERSIDE,
                Roles.REVIEWER, Roles.PUBLISHER);
        Actor petra = support.signIn("petra", "Petra Publisher", ReviewTestSupport.OAKFIELD, Roles.PUBLISHER);
        LessonDetails lesson = lessonReviewedBy(List.of(quinn, cast.carol()));
        ProcessInstance process = support.process(lesson.id());
        assertThat(process).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
        String publish = support.task(lesson.id(), TaskKind.PUBLISH).getId();

        assertThat(reviewTasks.openTasks(quinn)).noneMatch(t -> t.lessonId().equals(lesson.id()));
        assertThatThrownBy(() -> reviewTasks.publish(publish, quinn)).isInstanceOf(NotAllowedException.class)
                .hasMessageStartingWith("You cannot publish a lesson you were asked to review");
        assertThatThrownBy(() -> reviewTasks.publish(publish, cast.alice()))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only a publisher can do this.");

        reviewTasks.claim(publish, cast.pat());
        assertThat(support.openTask(cast.pat(), lesson.id(), TaskKind.PUBLISH).assigneeName())
                .isEqualTo("Pat Publisher");
        assertThat(reviewTasks.openTasks(petra)).noneMatch(t -> t.lessonId().equals(lesson.id()));
        assertThatThrownBy(() -> reviewTasks.publish(publish, petra)).isInstanceOf(NotAllowedException.class)
                .hasMessage("Pat Publisher is already working on this task.");
        reviewTasks.unclaim(publish, cast.pat());
        assertThat(support.openTask(petra, lesson.id(), TaskKind.PUBLISH).assigneeId()).isNull();

        reviewTasks.publish(publish, petra);
        support.runJobs(process.getId());
        assertThat(process).isEnded();
    }

    @Test
    void sendingBackToTheReviewersIsRefusedAndNothingChanges() {
        LessonDetails lesson = lessonReviewedBy(null);
        assertThatThrownBy(() -> lessons.sendBack(lesson.id(), cast.pat(), SendBackTo.REVIEWERS,
                "Please look again at the costs.")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("An approved lesson can only be sent back to its author.");
        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.APPROVED);
        assertThat(support.process(lesson.id())).isWaitingAt(LessonReviewProcess.PUBLISH_LESSON);
    }

    @Test
    void recordingAReviewThroughTheDomainDirectlyMovesTheProcessToo() {
        LessonDetails lesson = support.submitted(cast.alice());
        Actor reviewer = support.reviewers(lesson.id()).get(0);
        reviews.recordReview(lesson.id(), reviewer, new ReviewSubmission(
                org.lessonsportal.domain.review.ReviewDecision.APPROVE, null, List.of(), false, null));
        assertThat(reviewTasks.openTasks(reviewer)).noneMatch(t -> t.lessonId().equals(lesson.id()));
    }

    @Test
    void theTaskListShowsWhatEachPersonHasToDo() {
        LessonDetails lesson = support.submitted(cast.alice());
        Actor reviewer = support.reviewers(lesson.id()).get(0);
        ReviewTask review = support.openTask(reviewer, lesson.id(), TaskKind.REVIEW);
        assertThat(review.lessonTitle()).isEqualTo(lesson.title());
        assertThat(review.organisationName()).isEqualTo("Northshire Hospitals NHS Foundation Trust");
        assertThat(review.round()).isEqualTo(1);
        assertThat(review.dueAt()).isNotNull();
        assertThat(review.assigneeId()).isEqualTo(reviewer.memberId());
        assertThat(reviewTasks.task(review.id(), reviewer)).contains(review);
        assertThat(reviewTasks.task(review.id(), cast.alice())).isEmpty();
        assertThat(reviewTasks.openTasks(cast.alice())).noneMatch(t -> t.lessonId().equals(lesson.id()));
        assertThat(reviewTasks.openTasks(Actor.SYSTEM)).isEmpty();
    }

    @Test
    void thePublicApiShowsNoCamundaTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(ReviewTasks.class, ReviewOperations.class, Notifications.class,
                ReviewTask.class, ReviewDecision.class, EligibleReviewer.class, RevisionBrief.class,
                RunningReview.class, RunningReview.TaskSummary.class, OverdueTask.class, ReviewIncident.class,
                ReviewUnderWay.class, ReviewUnderWay.OpenReview.class,
                CurrentReviewers.class, LessonStates.class, ReviewSettings.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                types.add(method.getGenericReturnType());
                for (Type t : types) {
                    if (mentionsCamunda(t)) {
                        leaks.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean mentionsCamunda(Type type) {
        if (type instanceof ParameterizedType p) {
            return mentionsCamunda(p.getRawType()) || List.of(p.getActualTypeArguments()).stream()
                    .anyMatch(ReviewTasksIntegrationTest::mentionsCamunda);
        }
        return type instanceof Class<?> c && c.getName().startsWith("org.camunda");
    }

    /** A lesson by alice that the given reviewers (or whoever is picked) approved; waits for publication. */
    private LessonDetails lessonReviewedBy(List<Actor> chosen) {
        if (chosen == null) {
            LessonDetails lesson = support.submitted(cast.alice());
            support.review(lesson.id(), support.reviewers(lesson.id()), ReviewDecision.approve(null));
            return lesson;
        }
        LessonDetails lesson = submittedForAPublisherToChooseReviewers();
        patChoosesReviewers(lesson, chosen);
        support.review(lesson.id(), chosen, ReviewDecision.approve(null));
        return lesson;
    }
}
