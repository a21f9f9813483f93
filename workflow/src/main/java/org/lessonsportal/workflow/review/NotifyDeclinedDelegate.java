package org.lessonsportal.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/** Tells the author their lesson was declined, with the publisher's reason (asynchronous, retried on failure). */
@Component("notifyDeclinedDelegate")
class NotifyDeclinedDelegate implements JavaDelegate {

    private final LessonService lessons;
    private final ReviewNotices notices;

    NotifyDeclinedDelegate(LessonService lessons, ReviewNotices notices) {
        this.lessons = lessons;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long lessonId = ReviewVariables.of(execution).lessonId();
        notices.declined(lessons.get(lessonId, Actor.SYSTEM));
    }
}
