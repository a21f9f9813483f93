package org.lessonsportal.workflow.question;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code bpmn/lesson-question.bpmn}: each tells people through {@link QuestionNotices}. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class QuestionDelegates {

    private final QuestionNotices notices;

    /** The author and the colleagues who opted in, when the question is asked. */
    @Bean
    JavaDelegate tellTeamDelegate() {
        return execution -> notices.asked(questionId(execution));
    }

    /** The rest of the lesson's organisation, after {@code lessons.questions.escalate-after}. */
    @Bean
    JavaDelegate escalateQuestionDelegate() {
        return execution -> notices.escalate(questionId(execution),
                duration(execution, LessonQuestionProcess.ESCALATE_AFTER));
    }

    /** The publishers, after {@code lessons.questions.flag-after}. */
    @Bean
    JavaDelegate flagQuestionDelegate() {
        return execution -> notices.flag(questionId(execution), duration(execution, LessonQuestionProcess.FLAG_AFTER));
    }

    private static Long questionId(DelegateExecution execution) {
        return ((Number) execution.getVariable(LessonQuestionProcess.QUESTION_ID)).longValue();
    }

    private static Duration duration(DelegateExecution execution, String variable) {
        return Duration.parse((String) execution.getVariable(variable));
    }
}
