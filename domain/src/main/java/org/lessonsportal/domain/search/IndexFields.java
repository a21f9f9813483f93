package org.lessonsportal.domain.search;

/** The fields of the lesson index (one document per published lesson). */
final class IndexFields {

    static final String INDEX_NAME = "lessons";

    // Full text, stored (projections and highlighting)
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    /**
     * Context, approach, outcomes, each challenge's description and resolution, recommendations and what they would
     * do differently: one value each. The field passages are highlighted from.
     */
    static final String BODY = "body";
    /** Technologies and tags, as text. */
    static final String KEYWORDS = "keywords";
    static final String ORGANISATION_NAME = "organisationName";
    /** The labels of the lesson's project type, settings, region and challenge types, so they can be searched. */
    static final String CATEGORIES = "categories";

    // Full text, not stored
    /**
     * The shown answers to questions about the lesson ("Questions to the team"): matched like the lesson's own text,
     * with a low weight, and not part of {@link #ALL}.
     */
    static final String ANSWERS = "answers";
    /** Every text above, for matching across fields. */
    static final String ALL = "all";
    /** Every text above with words as written, for spelling suggestions. */
    static final String SPELLING = "spelling";

    // Keywords, filters and facets
    static final String EXTERNAL_ID = "externalId";
    static final String PROJECT_TYPE = "projectType";
    static final String SETTINGS = "settings";
    static final String REGION = "region";
    static final String ORGANISATION_ID = "organisationId";
    static final String ORGANISATION_ODS = "organisationOds";
    /** "ODS code" + {@link #FACET_SEPARATOR} + name: one aggregation gives both. */
    static final String ORGANISATION_FACET = "organisationFacet";
    static final String CHALLENGE_TYPES = "challengeTypes";
    /** Technologies in lower case: filters and counts. */
    static final String TECHNOLOGY = "technology";
    /** Technologies as written: the label shown for each lower-case value. */
    static final String TECHNOLOGY_LABEL = "technologyLabel";
    static final String YEAR_COMPLETED = "yearCompleted";
    static final String PUBLISHED_ON = "publishedOn";
    static final String SORT_ID = "sortId";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_EMAIL = "contactEmail";
    /** The lesson's meaning as a sentence embedding ({@link SentenceEmbeddings}); absent when that is off. */
    static final String EMBEDDING = "embedding";

    static final char FACET_SEPARATOR = '\u001f';

    private IndexFields() {
    }
}
