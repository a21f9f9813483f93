package org.lessonsportal.workflow.review;

import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.springframework.stereotype.Component;

/**
 * Tells the author their lesson was published (an asynchronous step of its own, retried on failure). Members who
 * follow its type of project or a saved search that finds it are told by the follow feature, once the publication
 * has committed ({@code workflow.follow.FollowerNotices}).
 */
@Component("notifyPublishedDelegate")
class NotifyPublishedDelegate extends LessonNoticeDelegate {

    NotifyPublishedDelegate(LessonService lessons, ReviewNotices notices) {
        super(lessons, notices);
    }

    @Override
    void tell(LessonDetails lesson, ReviewVariables variables) {
        notices.published(lesson);
    }
}
