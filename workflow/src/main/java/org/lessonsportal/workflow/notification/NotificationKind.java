package org.lessonsportal.workflow.notification;

/** What a notification is about; the UI may pick an icon from it. */
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
    ANSWER_REPORTED("Answer reported");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** The kind in plain words, for people. */
    public String label() {
        return label;
    }
}
