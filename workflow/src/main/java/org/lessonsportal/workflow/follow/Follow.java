package org.lessonsportal.workflow.follow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;

/**
 * Something a member follows, as they see it.
 *
 * @param projectType the type of project followed; {@code null} for a saved search
 * @param name        the name the member gave a saved search; {@code null} for a type of project
 * @param search      the saved search (words and filters; first page, best match first); {@code null} for a type
 */
public record Follow(Long id, FollowKind kind, ProjectType projectType, String name, SearchQuery search,
        Instant createdAt) {

    /** What is followed, in a few words: the type of project's name, or the saved search's name. */
    public String title() {
        return kind == FollowKind.PROJECT_TYPE ? projectType.label() : name;
    }

    /** What is followed, in a sentence or two ("Type of project: Fax machine removal."). */
    public String description() {
        return kind == FollowKind.PROJECT_TYPE ? "Type of project: " + projectType.label() + "." : describe(search);
    }

    /**
     * A search in plain words, e.g. {@code Words: “fax removal”. Type of project: Fax machine removal. Region:
     * London.} Codes are shown by their names; a search with neither words nor filters is "Every lesson."
     */
    public static String describe(SearchQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            parts.add("Words: “" + query.text().strip() + "”.");
        }
        for (Facet facet : Facet.values()) {
            Set<String> values = facet.selectedIn(query);
            if (!values.isEmpty()) {
                parts.add(facet.label() + ": " + values.stream().map(facet::labelOf).sorted()
                        .collect(Collectors.joining(", ")) + ".");
            }
        }
        return parts.isEmpty() ? "Every lesson." : String.join(" ", parts);
    }
}
