package org.lessonsportal.domain.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Finding what others learned: full-text search of published lessons with facets, "others have done this before"
 * (similar lessons from other organisations) and the challenge playbook of a type of project. For every signed-in
 * member; only published lessons are ever found.
 * <p>
 * The index (Hibernate Search, Lucene on local disk) follows the database by itself: a lesson is searchable as soon as
 * the transaction that publishes it commits, and gone when the one that archives it commits. Search text is never
 * query syntax, so any input is safe; wrong parameters (a negative page, an unknown code) give a
 * {@link DomainException} with a plain-English message.
 * <p>
 * Settings ({@code lessons.search.*}): {@code directory} (default {@code ./data/search-index}), {@code directory-type}
 * ({@code local-filesystem}, or {@code local-heap} for an in-memory database), {@code synonyms-file} (an
 * administrator's extra synonym rules, read at start-up; administrators can also change extra rules while the portal
 * runs, see {@link SearchVocabularyService}), {@code synchronization} ({@code write-sync}),
 * {@code reindex-on-start} ({@code if-empty}), {@code facet-cache-size} (500), {@code semantic} ({@code true}) and
 * {@code query-vector-cache-size} (256). See {@link SearchSettings}.
 */
@Service
public class SearchService {

    public static final int MAX_SIMILAR = 50;
    /** How much of a project's description {@link #similar} reads; the rest is ignored, not refused. */
    public static final int MAX_DESCRIPTION = SimilarLessonFinder.MAX_DESCRIPTION;
    /** What a search says when OpenSearch cannot be reached. */
    public static final String UNAVAILABLE = "Search is unavailable right now. Please try again in a few minutes.";

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final EntityManagerFactory entityManagerFactory;
    private final LessonAnalyzers analyzers;
    private final SpellingSuggester spelling;
    private final SimilarLessonFinder similar;
    private final FacetCountCache facetCounts;
    private final LessonService lessons;

    private final SearchIndexStartup indexStartup;
    private final SearchSettings.Engine engine;
    /** Ranking by meaning; {@code null} when it is off. */
    private final SentenceEmbeddings embeddings;

    SearchService(EntityManagerFactory entityManagerFactory, LessonAnalyzers analyzers, SearchSettings settings,
            SearchIndexStartup indexStartup, Optional<SentenceEmbeddings> embeddings, LessonService lessons) {
        this.lessons = lessons;
        this.entityManagerFactory = entityManagerFactory;
        this.embeddings = embeddings.orElse(null);
        this.indexStartup = indexStartup;
        this.engine = settings.engine();
        this.analyzers = analyzers;
        this.spelling = new SpellingSuggester(analyzers);
        this.similar = new SimilarLessonFinder(analyzers, this.embeddings,
                settings.engine() == SearchSettings.Engine.OPENSEARCH);
        this.facetCounts = new FacetCountCache(settings.facetCacheSize());
    }

    /**
     * Searches published lessons.
     *
     * @throws DomainException when the page or size is out of range or a filter names an unknown taxonomy code
     */
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchQuery query) {
        SearchQuery checked = checked(query);
        // One vocabulary for the whole search, even if administrators change it meanwhile.
        TextQueries textQueries = analyzers.vocabulary().queries();
        if (engine == SearchSettings.Engine.OPENSEARCH) {
            return inSession(session -> new OpenSearchLessonSearch(session, analyzers, textQueries, spelling,
                    embeddings).run(checked));
        }
        return inSession(session -> new LessonSearch(session, analyzers, textQueries, spelling, facetCounts,
                embeddings).run(checked));
    }

    /**
     * Whether a published lesson is among a search's results: it has every word (no fall-back to some of them) and
     * meets every filter; order and page do not matter. For telling members who follow a saved search that a new
     * lesson matches it, so it needs no signed-in person: it says only yes or no about a lesson every member may
     * read. {@code false} for a lesson that is not in the index (not published, or archived).
     *
     * @throws DomainException when a filter names an unknown taxonomy code
     */
    public boolean matches(SearchQuery query, Long lessonId) {
        SearchQuery checked = checked(query);
        if (lessonId == null) {
            return false;
        }
        if (engine == SearchSettings.Engine.OPENSEARCH) {
            return inSession(session -> new OpenSearchLessonSearch(session, analyzers,
                    analyzers.vocabulary().queries(), spelling, null).matches(checked, lessonId));
        }
        return inSession(session -> new LessonSearch(session, analyzers,
                analyzers.vocabulary().queries(), spelling, facetCounts, null).matches(checked, lessonId));
    }

    /**
     * The published lessons most like a project someone describes, from other organisations than theirs.
     *
     * @param description           the project, in the person's words (at most 5,000 characters are used)
     * @param typeOrNull            the project's type, if known: lessons of the same type rank higher
     * @param excludeOrganisationId the person's organisation, whose own lessons are left out; {@code null} for none
     * @param size                  how many, from 1 to {@value #MAX_SIMILAR}
     */
    @PreAuthorize("isAuthenticated()")
    public SimilarLessons similar(String description, ProjectType typeOrNull, Long excludeOrganisationId, int size) {
        checkSize(size);
        if ((description == null || description.isBlank()) && typeOrNull == null) {
            throw new DomainException("Describe your project, or choose its type, to find similar lessons.");
        }
        return inSession(session -> similar.find(session, description == null ? "" : description,
                typeOrNull, SimilarLessonFinder.Facets.NONE, excludeOrganisationId, null, size));
    }

    /**
     * Published lessons like the given one (for the lesson's page), whatever their organisation; never itself. The
     * lesson is read only if the actor may see it ({@code LessonPolicy}, as everywhere else).
     *
     * @throws NotFoundException when there is no such lesson, or the actor may not see it
     */
    @PreAuthorize("isAuthenticated()")
    public SimilarLessons similarTo(Long lessonId, Actor actor, int size) {
        checkSize(size);
        LessonContent content = lessons.get(lessonId, actor).content();
        SimilarLessonFinder.Facets facets = new SimilarLessonFinder.Facets(Set.copyOf(content.settings()),
                content.challenges().stream().map(Challenge::type).filter(Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet()));
        return inSession(session -> similar.find(session, describe(Objects.requireNonNull(content)),
                content.projectType(), facets, null, lessonId, size));
    }

    /**
     * The challenges that published lessons of a type of project met, the most frequent first, with how others
     * resolved them.
     *
     * @param settingOrNull only lessons that apply to this care setting; {@code null} for all
     */
    @PreAuthorize("isAuthenticated()")
    public Playbook playbook(ProjectType type, Setting settingOrNull) {
        if (type == null) {
            throw new DomainException("Choose a type of project.");
        }
        return Playbook.of(type, settingOrNull, lessons.challengesMet(type, settingOrNull, Playbook.LINKS * 2));
    }

    /**
     * Rebuilds the index from the database: every published lesson, nothing else. Needed after restoring a database
     * backup or changing the index's structure; not after changing synonyms (they apply at search time).
     * Searches during the rebuild see only the lessons indexed so far.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ReindexResult reindex() {
        return indexStartup.rebuild();
    }

    /**
     * A session of its own, outside any transaction: searching reads only the index, so no connection is taken. On
     * OpenSearch, a cluster that cannot be reached gives a {@link DomainException} saying search is unavailable.
     */
    private <T> T inSession(Function<SearchSession, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return work.apply(Search.session(em));
        } catch (RuntimeException e) {
            if (engine == SearchSettings.Engine.OPENSEARCH && OpenSearchIndexOnce.unreachable(e)) {
                log.warn("A search failed: OpenSearch could not be reached ({})", e.getMessage());
                throw new DomainException(UNAVAILABLE, e);
            }
            throw e;
        } finally {
            em.close();
        }
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_SIMILAR) {
            throw new DomainException("Ask for between 1 and " + MAX_SIMILAR + " similar lessons.");
        }
    }

    private static String describe(LessonContent content) {
        List<String> parts = new ArrayList<>();
        parts.add(content.title());
        parts.add(content.summary());
        parts.add(content.context());
        parts.add(content.approach());
        parts.add(content.outcomes());
        for (Challenge challenge : content.challenges()) {
            parts.add(challenge.description());
        }
        parts.addAll(content.technologies());
        parts.addAll(content.tags());
        return String.join("\n", parts.stream().filter(Objects::nonNull).toList());
    }

    private static SearchQuery checked(SearchQuery query) {
        if (query == null) {
            throw new DomainException("Say what to search for.");
        }
        return query.checked();
    }
}
