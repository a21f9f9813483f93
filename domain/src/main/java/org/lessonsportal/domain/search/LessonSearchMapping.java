package org.lessonsportal.domain.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.lessonsportal.domain.lesson.Lesson;

/**
 * Maps {@link Lesson} to the index programmatically, so the entity carries no search annotations: one document per
 * published lesson ({@link PublishedLessonsOnly}), written by {@link LessonDocumentBinder}.
 */
final class LessonSearchMapping implements HibernateOrmSearchMappingConfigurer {

    private final SentenceEmbeddings embeddings;
    private final boolean vectorField;

    /**
     * @param embeddings  {@code null} when ranking by meaning is off
     * @param vectorField whether the index has the vector field (always on Lucene; on OpenSearch only with
     *                    embeddings, as it needs the k-NN plugin)
     */
    LessonSearchMapping(SentenceEmbeddings embeddings, boolean vectorField) {
        this.embeddings = embeddings;
        this.vectorField = vectorField;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep lesson = context.programmaticMapping().type(Lesson.class);
        lesson.indexed().index(IndexFields.INDEX_NAME).routingBinder(new PublishedLessonsOnly());
        lesson.binder(new LessonDocumentBinder(embeddings, vectorField));
    }
}
