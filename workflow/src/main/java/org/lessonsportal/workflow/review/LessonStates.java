package org.lessonsportal.workflow.review;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The lesson's state in the domain, for the process's gateways ({@code ${lessonStates.of(lessonId) == 'APPROVED'}}):
 * the process follows the lesson instead of keeping its own copy of the outcome.
 */
@Component("lessonStates")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LessonStates {

    private final LessonService lessons;

    /** The name of the lesson's state, e.g. {@code IN_REVIEW}. */
    public String of(Long lessonId) {
        return lessons.summary(lessonId, Actor.SYSTEM).state().name();
    }
}
