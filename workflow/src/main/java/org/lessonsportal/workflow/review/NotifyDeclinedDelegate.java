package org.lessonsportal.workflow.review;

import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.springframework.stereotype.Component;

/** Tells the author their lesson was declined, with the publisher's reason (asynchronous, retried on failure). */
@Component("notifyDeclinedDelegate")
class NotifyDeclinedDelegate extends LessonNoticeDelegate {

    NotifyDeclinedDelegate(LessonService lessons, ReviewNotices notices) {
        super(lessons, notices);
    }

    @Override
    void tell(LessonDetails lesson, ReviewVariables variables) {
        notices.declined(lesson);
    }
}
