package org.lessonsportal.workflow.notification;

import lombok.RequiredArgsConstructor;

/** What a notification is about; the UI may pick an icon from it. */
@RequiredArgsConstructor
public enum NotificationKind {
    /** A reviewer was asked to review a lesson. */
    REVIEW_ASSIGNED("Review requested"),
    /** A task has waited longer than expected. */
    REMINDER("Reminder"),
    /** Something needs a publisher: a review overdue or handed back, or a lesson without enough reviewers. */
    ESCALATION("Needs attention"),
    /** The author is asked to change the lesson and resubmit it. */
    CHANGES_REQUESTED("Changes requested"),
    /** The lesson was published. */
    PUBLISHED("Published"),
    /** The lesson was declined. */
    DECLINED("Declined"),
    /** A reviewer's review is no longer needed: the author took the lesson back before the review began. */
    REVIEW_CANCELLED("Review no longer needed"),
    /** A lesson was published that matches a type of project or a saved search the member follows. */
    FOLLOWED_LESSON_PUBLISHED("New lesson you follow"),
    /** Some months after the member's organisation said it is reusing a lesson: how did it go? */
    REUSE_FOLLOW_UP("How did it go?"),
    /** Someone of another organisation asked a question about a lesson of the member's organisation. */
    QUESTION_ASKED("Question about your lesson"),
    /** A question has waited too long for an answer (to the rest of the lesson's organisation, then to publishers). */
    QUESTION_WAITING("Question waiting for an answer"),
    /** The lesson's team answered the member's question. */
    QUESTION_ANSWERED("Your question was answered"),
    /** Someone reported an answer to a question about a lesson: a publisher may hide it. */
    ANSWER_REPORTED("Answer reported"),
    /** Another organisation asks to be paired with one the member administers (exemplar pairing). */
    PAIRING_REQUESTED("Request to pair"),
    /** A request to pair still waits for an answer and its reply deadline is near. */
    PAIRING_REMINDER("Request to pair waiting"),
    /** The organisation asked accepted the member's request: the organisations are paired. */
    PAIRING_ACCEPTED("Paired"),
    /** The organisation asked declined the member's request. */
    PAIRING_DECLINED("Request to pair declined"),
    /** Nobody answered the member's request by its reply deadline. */
    PAIRING_LAPSED("Request to pair lapsed"),
    /** The other side ended a pairing, or withdrew a request, of the member's organisation. */
    PAIRING_ENDED("Pairing ended");

    private final String label;

    /** The kind in plain words, for people. */
    public String label() {
        return label;
    }
}
