package org.lessonsportal.domain.lesson;

import lombok.RequiredArgsConstructor;

/** Where a publisher sends an approved lesson back to. */
@RequiredArgsConstructor
public enum SendBackTo {
    /** The reviewers look at it again: the lesson returns to {@link LessonState#IN_REVIEW}. */
    REVIEWERS(LessonState.IN_REVIEW),
    /** The author makes changes: the lesson returns to {@link LessonState#CHANGES_REQUESTED}. */
    AUTHOR(LessonState.CHANGES_REQUESTED);

    private final LessonState state;

    public LessonState state() {
        return state;
    }
}
