package org.lessonsportal.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Tells the author their lesson was published (an asynchronous step of its own, retried on failure). Members who
 * follow its type of project or a saved search that finds it are told by the follow feature, once the publication
 * has committed ({@code workflow.follow.FollowerNotices}).
 */
@Component("notifyPublishedDelegate")
class NotifyPublishedDelegate implements JavaDelegate {

    private final LessonService lessons;
    private final ReviewNotices notices;

    NotifyPublishedDelegate(LessonService lessons, ReviewNotices notices) {
        this.lessons = lessons;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long lessonId = ReviewVariables.of(execution).lessonId();
        notices.published(lessons.get(lessonId, Actor.SYSTEM));
    }
}
