package org.lessonsportal.workflow.follow;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.GeneratedIdRow;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;

/** How a {@link Follow} is stored: one row of {@code member_follow} (migration V101). */
@Entity
@Table(name = "member_follow")
class FollowEntry extends GeneratedIdRow {

    private Long memberId;

    @Enumerated(EnumType.STRING)
    private FollowKind kind;

    private String projectType;
    private String name;
    private String searchText;
    private String searchFilters;
    private String followKey;
    private Instant createdAt;

    protected FollowEntry() {
    }

    static FollowEntry projectType(Long memberId, ProjectType type, Instant now) {
        FollowEntry entry = new FollowEntry();
        entry.memberId = memberId;
        entry.kind = FollowKind.PROJECT_TYPE;
        entry.projectType = type.code();
        entry.followKey = SavedSearches.key(type);
        entry.createdAt = now;
        return entry;
    }

    /** A saved search; the query must be {@link SavedSearches#normalise normalised} already. */
    static FollowEntry search(Long memberId, String name, SearchQuery query, Instant now) {
        FollowEntry entry = new FollowEntry();
        entry.memberId = memberId;
        entry.kind = FollowKind.SEARCH;
        entry.name = name;
        entry.searchText = query.text().isEmpty() ? null : query.text();
        entry.searchFilters = SavedSearches.filtersJson(query);
        entry.followKey = SavedSearches.key(query);
        entry.createdAt = now;
        return entry;
    }

    Long memberId() {
        return memberId;
    }

    FollowKind kind() {
        return kind;
    }

    String followKey() {
        return followKey;
    }

    String name() {
        return name;
    }

    Follow toView() {
        return kind == FollowKind.PROJECT_TYPE
                ? new Follow(getId(), kind, Labelled.find(ProjectType.class, projectType).orElseThrow(), null, null,
                        createdAt)
                : new Follow(getId(), kind, null, name, SavedSearches.query(searchText, searchFilters), createdAt);
    }
}
