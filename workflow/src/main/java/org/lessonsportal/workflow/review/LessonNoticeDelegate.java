package org.lessonsportal.workflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;

/**
 * A step of the review process whose job is to tell someone about the lesson under review: the lesson is read as the
 * system and handed, with the process's variables, to {@link #tell}, which stores the notice through
 * {@link ReviewNotices} in the step's transaction.
 */
abstract class LessonNoticeDelegate implements JavaDelegate {

    final LessonService lessons;
    final ReviewNotices notices;

    LessonNoticeDelegate(LessonService lessons, ReviewNotices notices) {
        this.lessons = lessons;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        tell(lessons.get(variables.lessonId(), Actor.SYSTEM), variables);
    }

    /** Tells whoever this step is for about the lesson, as it is now. */
    abstract void tell(LessonDetails lesson, ReviewVariables variables);
}
