/**
 * "Questions to the team" in the workflow: a question asked starts the {@code lessonQuestion} process
 * ({@code bpmn/lesson-question.bpmn}), which tells the lesson's author and the colleagues who opted in, and, while
 * nobody answers, the rest of the lesson's organisation after {@code lessons.questions.escalate-after} and the
 * publishers after {@code lessons.questions.flag-after}. The first answer ends it; every answer tells the asker.
 */
package org.lessonsportal.workflow.question;
