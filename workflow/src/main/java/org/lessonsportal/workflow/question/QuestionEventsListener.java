package org.lessonsportal.workflow.question;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.question.AnswerReported;
import org.lessonsportal.domain.question.QuestionAnswered;
import org.lessonsportal.domain.question.QuestionAsked;
import org.lessonsportal.workflow.shared.KeyedProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a question's process when it is asked and ends it at the first answer; tells the asker of every answer and
 * the publishers of a reported one.
 * Runs inside the domain's transaction (as the review's listener does), so the question and its process are stored
 * together or not at all.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class QuestionEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionEventsListener.class);

    private final KeyedProcesses processes;
    private final QuestionSettings settings;
    private final QuestionNotices notices;

    @EventListener
    public void asked(QuestionAsked event) {
        processes.start(LessonQuestionProcess.KEY, LessonQuestionProcess.businessKey(event.questionId()), Map.of(
                LessonQuestionProcess.QUESTION_ID, event.questionId(),
                LessonQuestionProcess.LESSON_ID, event.lessonId(),
                LessonQuestionProcess.ESCALATE_AFTER, settings.getEscalateAfter().toString(),
                LessonQuestionProcess.FLAG_AFTER, settings.getFlagAfter().toString()));
        LOG.info("Question {} about lesson {} asked", event.questionId(), event.lessonId());
    }

    @EventListener
    public void answered(QuestionAnswered event) {
        if (event.first()) {
            processes.tell(LessonQuestionProcess.MESSAGE_ANSWERED,
                    LessonQuestionProcess.businessKey(event.questionId()));
        }
        notices.answered(event.questionId(), event.answeredBy());
    }

    @EventListener
    public void reported(AnswerReported event) {
        notices.reported(event.questionId(), event.answerId());
    }
}
