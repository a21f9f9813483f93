package org.lessonsportal.workflow.review;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;

/**
 * A step of the review process whose job is to tell someone about the lesson under review: the lesson is read as the
 * system and handed, with the process's variables, to its {@link Notice}, which stores the notice through
 * {@link ReviewNotices} in the step's transaction. The steps that do nothing else are in {@link LessonNoticeSteps}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LessonNoticeDelegate implements JavaDelegate {

    /** Tells whoever a step is for about the lesson, as it is now. */
    @FunctionalInterface
    interface Notice {
        void tell(LessonSummary lesson, ReviewVariables variables);
    }

    final LessonService lessons;
    private final Notice notice;

    @Override
    public void execute(DelegateExecution execution) {
        ReviewVariables variables = ReviewVariables.of(execution);
        notice.tell(lessons.summary(variables.lessonId(), Actor.SYSTEM), variables);
    }
}
