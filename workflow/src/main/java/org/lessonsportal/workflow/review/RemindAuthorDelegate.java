package org.lessonsportal.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/** Reminds an author whose lesson is still waiting for changes after {@code lessons.review.revise-reminder-after}. */
@Component("remindAuthorDelegate")
class RemindAuthorDelegate implements JavaDelegate {

    private final LessonService lessons;
    private final ReviewNotices notices;

    RemindAuthorDelegate(LessonService lessons, ReviewNotices notices) {
        this.lessons = lessons;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long lessonId = ReviewVariables.of(execution).lessonId();
        notices.remindAuthor(lessons.get(lessonId, Actor.SYSTEM));
    }
}
