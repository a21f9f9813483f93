package org.lessonsportal.domain.lesson;

import lombok.RequiredArgsConstructor;

/**
 * Where a lesson is in its life. The normal path is DRAFT → SUBMITTED → IN_REVIEW (⇄ CHANGES_REQUESTED) → APPROVED →
 * PUBLISHED; a lesson can also end DECLINED or WITHDRAWN, and a published one can be ARCHIVED as out of date.
 */
@RequiredArgsConstructor
public enum LessonState {
    DRAFT("Draft", 0,
            "This lesson is still a draft", null),
    SUBMITTED("Submitted", 1,
            "This lesson is waiting for reviewers", "This lesson has already been submitted."),
    IN_REVIEW("In review", 2,
            "This lesson is being reviewed", "This lesson is already being reviewed."),
    CHANGES_REQUESTED("Changes requested", 2,
            "This lesson is back with its author for changes",
            "This lesson is already back with its author for changes."),
    APPROVED("Approved", 3,
            "This lesson has been approved and is waiting to be published", "This lesson has already been approved."),
    PUBLISHED("Published", 4,
            "This lesson has already been published", "This lesson has already been published."),
    ARCHIVED("Archived", 5,
            "This lesson has been archived", "This lesson has already been archived."),
    DECLINED("Declined", 9,
            "This lesson was declined", "This lesson has already been declined."),
    WITHDRAWN("Withdrawn", 9,
            "This lesson has been withdrawn", "This lesson has already been withdrawn.");

    private final String label;
    private final int stage;
    private final String situation;
    private final String already;

    /** The state in plain words, for people. */
    public String label() {
        return label;
    }

    /** Before publication: the author may still withdraw it. */
    public boolean isBeforePublication() {
        return stage < PUBLISHED.stage;
    }

    /** Between submission and a decision: the author, its reviewers and publishers follow it. */
    public boolean isUnderReview() {
        return this == SUBMITTED || this == IN_REVIEW || this == CHANGES_REQUESTED || this == APPROVED;
    }

    /** Nothing more can happen to it. */
    public boolean isFinal() {
        return this == DECLINED || this == WITHDRAWN || this == ARCHIVED;
    }

    int stage() {
        return stage;
    }

    /** "This lesson is being reviewed" — how to describe the lesson's situation at the start of a sentence. */
    String situation() {
        return situation;
    }

    /** The sentence for asking to move a lesson into the state it is already in. */
    String already() {
        return already;
    }
}
