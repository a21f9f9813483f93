package org.lessonsportal.workflow.question;

/** The names in {@code bpmn/lesson-question.bpmn} that Java code refers to, in one place. */
final class LessonQuestionProcess {

    static final String KEY = "lessonQuestion";

    // activities
    static final String TELL_TEAM = "tellTeam";
    static final String WAIT_FOR_ANSWER = "waitForAnswer";
    static final String ESCALATION_DUE = "escalationDue";
    static final String FLAG_DUE = "flagDue";
    static final String ANSWERED = "answered";

    // messages
    static final String MESSAGE_ANSWERED = "questionAnswered";

    // variables
    /** The question's id (Long). */
    static final String QUESTION_ID = "questionId";
    static final String LESSON_ID = "lessonId";
    /** ISO-8601 durations from {@link QuestionSettings}, copied when the question is asked. */
    static final String ESCALATE_AFTER = "escalateAfter";
    static final String FLAG_AFTER = "flagAfter";

    private LessonQuestionProcess() {
    }

    /**
     * The process's business key, "question-42": never the same as a review's (the lesson's id), so a query by business
     * key alone cannot mix the two up.
     */
    static String businessKey(Long questionId) {
        return "question-" + questionId;
    }
}
