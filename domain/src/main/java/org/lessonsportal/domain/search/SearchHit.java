package org.lessonsportal.domain.search;

import java.time.LocalDate;
import java.util.List;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * One published lesson in search results.
 *
 * @param score    how well it matches (only comparable within one search; 0 without search words)
 * @param passages up to three passages that match the search words, best first; empty without search words
 * @param missingWords the search's words this lesson does not contain (in any form or synonym), when the search
 *                 widened to lessons with some of the words; otherwise empty
 */
public record SearchHit(Long lessonId, String externalId, String title, String summary, ProjectType projectType,
        String organisationOdsCode, String organisationName, LocalDate publishedOn, float score,
        List<Passage> passages, List<String> missingWords) {

    public SearchHit {
        passages = List.copyOf(passages);
        missingWords = List.copyOf(missingWords);
    }
}
