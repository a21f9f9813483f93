package org.lessonsportal.domain.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.IndexFieldType;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.organisation.Organisation;
import org.lessonsportal.domain.question.AnswerTexts;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Writes a lesson's document from its public view ({@link Lesson#getContent()}), plus its organisation's ODS code and
 * name, looked up in the indexing session (lessons refer to organisations by id), and the shown answers to questions
 * about it ({@link AnswerTexts}, in a field of their own searched with a low weight). The declared dependencies make
 * Hibernate Search reindex the lesson whenever one of these properties changes. A change to an organisation's name
 * reaches the index when the lesson next changes or on {@link SearchService#reindex()}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class LessonDocumentBinder implements TypeBinder {

    /** Makes each lesson's vector; {@code null} when ranking by meaning is off (no vector is written). */
    private final SentenceEmbeddings embeddings;
    /** Whether the index has the vector field ({@code false} only on OpenSearch without ranking by meaning). */
    private final boolean vectorField;

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("externalId").use("organisationId").use("title").use("summary").use("projectType")
                .use("settings").use("region").use("completedOn").use("context").use("approach").use("outcomes")
                .use("challenges.type").use("challenges.description").use("challenges.resolution")
                .use("recommendations").use("wouldDoDifferently").use("technologies").use("tags")
                .use("contactName").use("contactEmail").use("publishedOn");

        IndexFieldTypeFactory types = context.typeFactory();
        IndexFieldType<String> storedText = types.asString()
                .analyzer(LessonAnalyzers.INDEX).searchAnalyzer(LessonAnalyzers.SEARCH)
                .projectable(Projectable.YES).highlightable(List.of(Highlightable.NO))
                .toIndexFieldType();
        IndexFieldType<String> highlightedText = types.asString()
                .analyzer(LessonAnalyzers.INDEX).searchAnalyzer(LessonAnalyzers.SEARCH)
                .projectable(Projectable.YES).highlightable(List.of(Highlightable.FAST_VECTOR))
                .termVector(TermVector.WITH_POSITIONS_OFFSETS)
                .toIndexFieldType();
        IndexFieldType<String> text = types.asString()
                .analyzer(LessonAnalyzers.INDEX).searchAnalyzer(LessonAnalyzers.SEARCH)
                .toIndexFieldType();
        IndexFieldType<String> spelling = types.asString().analyzer(LessonAnalyzers.SPELLING).norms(
                org.hibernate.search.engine.backend.types.Norms.NO).toIndexFieldType();
        IndexFieldType<String> facet = types.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)
                .toIndexFieldType();
        IndexFieldType<String> normalisedFacet = types.asString().normalizer(LessonAnalyzers.KEYWORD)
                .aggregable(Aggregable.YES).toIndexFieldType();
        IndexFieldType<String> stored = types.asString().searchable(Searchable.NO).projectable(Projectable.YES)
                .toIndexFieldType();

        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field(IndexFields.TITLE, storedText).toReference(),
                schema.field(IndexFields.SUMMARY, storedText).toReference(),
                schema.field(IndexFields.BODY, highlightedText).multiValued().toReference(),
                schema.field(IndexFields.KEYWORDS, storedText).multiValued().toReference(),
                schema.field(IndexFields.ORGANISATION_NAME, storedText).toReference(),
                schema.field(IndexFields.CATEGORIES, text).multiValued().toReference(),
                schema.field(IndexFields.ALL, text).multiValued().toReference(),
                schema.field(IndexFields.ANSWERS, text).multiValued().toReference(),
                schema.field(IndexFields.SPELLING, spelling).multiValued().toReference(),
                schema.field(IndexFields.EXTERNAL_ID, stored).toReference(),
                schema.field(IndexFields.PROJECT_TYPE, facet).toReference(),
                schema.field(IndexFields.SETTINGS, facet).multiValued().toReference(),
                schema.field(IndexFields.REGION, facet).toReference(),
                schema.field(IndexFields.ORGANISATION_ID, types.asLong()).toReference(),
                schema.field(IndexFields.ORGANISATION_ODS, facet).toReference(),
                schema.field(IndexFields.ORGANISATION_FACET, facet).toReference(),
                schema.field(IndexFields.CHALLENGE_TYPES, facet).multiValued().toReference(),
                schema.field(IndexFields.TECHNOLOGY, normalisedFacet).multiValued().toReference(),
                schema.field(IndexFields.TECHNOLOGY_LABEL, facet).multiValued().toReference(),
                schema.field(IndexFields.YEAR_COMPLETED, types.asInteger().aggregable(Aggregable.YES)
                        .projectable(Projectable.YES)).toReference(),
                schema.field(IndexFields.PUBLISHED_ON, types.asLocalDate().sortable(Sortable.YES)
                        .projectable(Projectable.YES)).toReference(),
                schema.field(IndexFields.SORT_ID, types.asLong().sortable(Sortable.YES)).toReference(),
                schema.field(IndexFields.CONTACT_NAME, stored).toReference(),
                schema.field(IndexFields.CONTACT_EMAIL, stored).toReference(),
                !vectorField ? null : schema.field(IndexFields.EMBEDDING, types.asFloatVector()
                        .dimension(SentenceEmbeddings.DIMENSIONS).vectorSimilarity(VectorSimilarity.COSINE))
                        .toReference());
        context.bridge(Lesson.class, new Bridge(fields, embeddings));
    }

    private record Fields(
            IndexFieldReference<String> title,
            IndexFieldReference<String> summary,
            IndexFieldReference<String> body,
            IndexFieldReference<String> keywords,
            IndexFieldReference<String> organisationName,
            IndexFieldReference<String> categories,
            IndexFieldReference<String> all,
            IndexFieldReference<String> answers,
            IndexFieldReference<String> spelling,
            IndexFieldReference<String> externalId,
            IndexFieldReference<String> projectType,
            IndexFieldReference<String> settings,
            IndexFieldReference<String> region,
            IndexFieldReference<Long> organisationId,
            IndexFieldReference<String> organisationOds,
            IndexFieldReference<String> organisationFacet,
            IndexFieldReference<String> challengeTypes,
            IndexFieldReference<String> technology,
            IndexFieldReference<String> technologyLabel,
            IndexFieldReference<Integer> yearCompleted,
            IndexFieldReference<LocalDate> publishedOn,
            IndexFieldReference<Long> sortId,
            IndexFieldReference<String> contactName,
            IndexFieldReference<String> contactEmail,
            IndexFieldReference<float[]> embedding) {
    }

    private static final class Bridge implements TypeBridge<Lesson> {

        private final Fields f;
        private final SentenceEmbeddings embeddings;

        Bridge(Fields fields, SentenceEmbeddings embeddings) {
            this.f = fields;
            this.embeddings = embeddings;
        }

        @Override
        public void write(DocumentElement target, Lesson lesson, TypeBridgeWriteContext context) {
            LessonContent content = lesson.getContent();
            List<String> texts = new ArrayList<>();
            float[] vector = embeddings == null ? null : embeddings.lesson(content);
            if (vector != null) {
                target.addValue(f.embedding(), vector);
            }

            text(target, f.title(), content.title(), texts);
            text(target, f.summary(), content.summary(), texts);
            text(target, f.body(), content.context(), texts);
            text(target, f.body(), content.approach(), texts);
            text(target, f.body(), content.outcomes(), texts);
            Set<String> challengeTypes = new LinkedHashSet<>();
            for (Challenge challenge : content.challenges()) {
                text(target, f.body(), challenge.description(), texts);
                text(target, f.body(), challenge.resolution(), texts);
                if (challenge.type() != null) {
                    challengeTypes.add(challenge.type().code());
                }
            }
            text(target, f.body(), content.recommendations(), texts);
            text(target, f.body(), content.wouldDoDifferently(), texts);
            challengeTypes.forEach(code -> target.addValue(f.challengeTypes(), code));
            for (String technology : content.technologies()) {
                text(target, f.keywords(), technology, texts);
                target.addValue(f.technology(), technology);
                target.addValue(f.technologyLabel(), technology);
            }
            for (String tag : content.tags()) {
                text(target, f.keywords(), tag, texts);
            }

            Organisation organisation = organisation(lesson, context);
            if (organisation != null) {
                text(target, f.organisationName(), organisation.getName(), texts);
                target.addValue(f.organisationOds(), organisation.getOdsCode());
                target.addValue(f.organisationFacet(), organisation.getOdsCode() + IndexFields.FACET_SEPARATOR
                        + organisation.getName());
            }
            Set<String> categories = new LinkedHashSet<>();
            if (content.projectType() != null) {
                categories.add(content.projectType().label());
            }
            content.settings().forEach(setting -> categories.add(setting.label()));
            if (content.region() != null) {
                categories.add(content.region().label());
            }
            content.challenges().stream().filter(c -> c.type() != null).forEach(c -> categories.add(c.type().label()));
            categories.forEach(label -> text(target, f.categories(), label, texts));
            texts.forEach(t -> {
                target.addValue(f.all(), t);
                target.addValue(f.spelling(), t);
            });

            // not a property of the lesson: QuestionAnswered and AnswerHidden reindex it (AnswersIndexing)
            for (String answer : AnswerTexts.shown(session(context), lesson.getId())) {
                if (answer != null && !answer.isBlank()) {
                    target.addValue(f.answers(), answer);
                }
            }
            target.addValue(f.externalId(), lesson.getExternalId());
            target.addValue(f.organisationId(), lesson.getOrganisationId());
            if (content.projectType() != null) {
                target.addValue(f.projectType(), content.projectType().code());
            }
            for (Setting setting : content.settings()) {
                target.addValue(f.settings(), setting.code());
            }
            if (content.region() != null) {
                target.addValue(f.region(), content.region().code());
            }
            if (content.completedOn() != null) {
                target.addValue(f.yearCompleted(), content.completedOn().getYear());
            }
            target.addValue(f.publishedOn(), lesson.getPublishedOn());
            target.addValue(f.sortId(), lesson.getId());
            if (content.contact() != null) {
                target.addValue(f.contactName(), content.contact().name());
                target.addValue(f.contactEmail(), content.contact().email());
            }
        }

        private static void text(DocumentElement target, IndexFieldReference<String> field, String value,
                List<String> texts) {
            if (value != null && !value.isBlank()) {
                target.addValue(field, value);
                texts.add(value);
            }
        }

        private static Organisation organisation(Lesson lesson, TypeBridgeWriteContext context) {
            return lesson.getOrganisationId() == null ? null
                    : session(context).find(Organisation.class, lesson.getOrganisationId());
        }

        private static Session session(TypeBridgeWriteContext context) {
            return context.extension(HibernateOrmExtension.get()).session();
        }
    }
}
