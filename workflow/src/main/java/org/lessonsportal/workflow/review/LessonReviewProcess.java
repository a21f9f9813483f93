package org.lessonsportal.workflow.review;

import java.util.Set;

/** The names in {@code bpmn/lesson-review.bpmn} that Java code refers to, in one place. */
final class LessonReviewProcess {

    static final String KEY = "lessonReview";
    /** The candidate group of the publishers' tasks (the role name). */
    static final String PUBLISHERS = "publisher";

    // activities
    static final String ASSIGN_REVIEWERS = "assignReviewers";
    static final String CHOOSE_REVIEWERS = "chooseReviewers";
    static final String REVIEW_ROUND = "reviewRound";
    static final String REVIEW_LESSON = "reviewLesson";
    /** The first version's reminder timer on the review task (processes started before docs/adr/0065). */
    static final String REVIEW_REMINDER = "reviewReminder";
    static final String REASSIGN_REVIEWER = "reassignReviewer";
    /** A place of the round the automatic assignment could not fill: a publisher adds a reviewer. */
    static final String ADD_REVIEWER = "addReviewer";
    static final String CONCLUDE_ROUND = "concludeRound";
    static final String REVISE_LESSON = "reviseLesson";
    static final String REVISION_REMINDER = "revisionReminder";
    static final String DECIDE_DECLINE = "decideDecline";
    static final String PUBLISH_LESSON = "publishLesson";
    static final String NOTIFY_PUBLISHED = "notifyPublished";
    static final String NOTIFY_DECLINED = "notifyDeclined";
    static final String LESSON_PUBLISHED = "lessonPublished";
    static final String LESSON_DECLINED = "lessonDeclined";
    static final String WITHDRAWN = "withdrawn";

    // messages
    static final String MESSAGE_WITHDRAWN = "lessonWithdrawn";
    /** The author took the lesson back to draft: the review ends (ADR 0034). */
    static final String MESSAGE_TAKEN_BACK = "lessonTakenBack";

    // variables
    /** The lesson's id (Long); also the business key, as a string. */
    static final String LESSON_ID = "lessonId";
    /** The author's member id as a string: the assignee of the revise task. */
    static final String AUTHOR_ID = "authorId";
    /** A reviewer's member id as a string: local to each reviewer's branch of the round. */
    static final String REVIEWER_ID = "reviewerId";
    /** Whether the automatic assignment found enough reviewers (Boolean). */
    static final String REVIEWERS_ASSIGNED = "reviewersAssigned";
    /**
     * How many places of the round the automatic assignment left for publishers to fill (Integer): the round starts
     * with the reviewers found, and a branch per open place waits for a publisher.
     */
    static final String OPEN_PLACES = "openPlaces";
    /** Local to a review task: its reviewer was reminded ({@link DueReviews}). */
    static final String REMINDED = "reminded";
    // the periods (ISO-8601) that processes started on the first version copied in at start (docs/adr/0065)
    static final String REMINDER_AFTER = "reminderAfter";
    static final String ESCALATE_AFTER = "escalateAfter";
    static final String REVISE_REMINDER_AFTER = "reviseReminderAfter";

    /** Every variable the process uses; anything else named in an expression is a Spring bean. */
    static final Set<String> VARIABLES = Set.of(LESSON_ID, AUTHOR_ID, REVIEWER_ID, REVIEWERS_ASSIGNED, OPEN_PLACES);

    /** The start of the reason a reviewer is released with when they declare a competing interest. */
    static final String COMPETING_INTEREST = "Declared a competing interest";

    /** The start of the reason a reviewer is released with when their review is escalated. */
    static final String OVERDUE = "Did not finish the review in time";

    private LessonReviewProcess() {
    }
}
