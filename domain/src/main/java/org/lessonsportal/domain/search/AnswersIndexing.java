package org.lessonsportal.domain.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.question.AnswerHidden;
import org.lessonsportal.domain.question.QuestionAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A lesson's answers are part of its document ({@link LessonDocumentBinder}) but not properties of the lesson, so
 * Hibernate Search does not see them change: an answer added or hidden puts the lesson in the transaction's indexing
 * plan, and the document is written again when the transaction commits (only if the lesson is published).
 */
@Component
class AnswersIndexing {

    @PersistenceContext
    private EntityManager entityManager;

    @EventListener
    void answered(QuestionAnswered event) {
        reindex(event.lessonId());
    }

    @EventListener
    void hidden(AnswerHidden event) {
        reindex(event.lessonId());
    }

    private void reindex(Long lessonId) {
        Lesson lesson = lessonId == null ? null : entityManager.find(Lesson.class, lessonId);
        if (lesson != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(lesson);
        }
    }
}
