package org.lessonsportal.workflow.review;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review's steps that only tell someone about the lesson, one {@link LessonNoticeDelegate} each; the process names
 * them by these beans' names.
 */
@Configuration(proxyBeanMethods = false)
class LessonNoticeSteps {

    /** Tells the author their lesson was declined, with the publisher's reason (asynchronous, retried on failure). */
    @Bean
    JavaDelegate notifyDeclinedDelegate(LessonService lessons, ReviewNotices notices) {
        return new LessonNoticeDelegate(lessons, (lesson, variables) -> notices.declined(lesson));
    }

    /**
     * Tells the author their lesson was published (an asynchronous step of its own, retried on failure). Members who
     * follow its type of project or a saved search that finds it are told by the follow feature, once the publication
     * has committed ({@code workflow.follow.FollowerNotices}).
     */
    @Bean
    JavaDelegate notifyPublishedDelegate(LessonService lessons, ReviewNotices notices) {
        return new LessonNoticeDelegate(lessons, (lesson, variables) -> notices.published(lesson));
    }

    /** Reminds an author whose lesson is still waiting for changes after {@code lessons.review.revise-reminder-after}. */
    @Bean
    JavaDelegate remindAuthorDelegate(LessonService lessons, ReviewNotices notices) {
        return new LessonNoticeDelegate(lessons, (lesson, variables) -> notices.remindAuthor(lesson));
    }

    /** The first version's reminder timer fired (processes started before docs/adr/0065; now {@link DueReviews}). */
    @Bean
    JavaDelegate remindReviewerDelegate(ReviewDeadlines deadlines, ReviewTimes times) {
        return execution -> {
            ReviewVariables variables = ReviewVariables.of(execution);
            deadlines.remind(variables.lessonId(), variables.reviewerId(), times.reminderAfter(variables),
                    times.escalateAfter(variables));
        };
    }
}
