package org.lessonsportal.domain.search;

import java.time.LocalDate;
import java.util.List;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * One published lesson in search results.
 *
 * @param score    how well it matches (only comparable within one search; 0 without search words)
 * @param passages up to three passages that match the search words, best first; empty without search words
 */
public record SearchHit(Long lessonId, String externalId, String title, String summary, ProjectType projectType,
        String organisationOdsCode, String organisationName, LocalDate publishedOn, float score,
        List<Passage> passages) {

    public SearchHit {
        passages = List.copyOf(passages);
    }
}
