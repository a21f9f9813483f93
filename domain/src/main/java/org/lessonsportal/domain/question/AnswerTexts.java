package org.lessonsportal.domain.question;

import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The text of a lesson's shown answers, for the search index's document of the lesson: read in the indexing session
 * (without flushing it, as indexing runs while the session flushes).
 */
public final class AnswerTexts {

    private AnswerTexts() {
    }

    /** The shown (not hidden) answers' texts to the lesson's questions, oldest first. */
    public static List<String> shown(Session session, Long lessonId) {
        if (lessonId == null) {
            return List.of();
        }
        return session.createSelectionQuery("select a.text from QuestionAnswer a where a.lessonId = :lessonId "
                        + "and a.hiddenAt is null order by a.id", String.class)
                .setParameter("lessonId", lessonId)
                .setHibernateFlushMode(FlushMode.MANUAL)
                .getResultList();
    }
}
