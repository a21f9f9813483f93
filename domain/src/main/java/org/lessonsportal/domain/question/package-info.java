/**
 * "Questions to the team": members of other organisations ask about a published lesson, the author and colleagues of
 * the lesson's organisation answer, anyone signed in reports an answer and a publisher hides it. The door is {@link
 * org.lessonsportal.domain.question.QuestionService}; the workflow follows {@link
 * org.lessonsportal.domain.question.QuestionAsked} and {@link org.lessonsportal.domain.question.QuestionAnswered},
 * search reindexes the lesson on those and {@link org.lessonsportal.domain.question.AnswerHidden} and reads shown
 * answers through {@link org.lessonsportal.domain.question.AnswerTexts}.
 */
package org.lessonsportal.domain.question;
