package org.lessonsportal.workflow.review;

import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.springframework.stereotype.Component;

/** Reminds an author whose lesson is still waiting for changes after {@code lessons.review.revise-reminder-after}. */
@Component("remindAuthorDelegate")
class RemindAuthorDelegate extends LessonNoticeDelegate {

    RemindAuthorDelegate(LessonService lessons, ReviewNotices notices) {
        super(lessons, notices);
    }

    @Override
    void tell(LessonDetails lesson, ReviewVariables variables) {
        notices.remindAuthor(lesson);
    }
}
