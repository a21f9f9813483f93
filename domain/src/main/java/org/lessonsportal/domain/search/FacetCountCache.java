package org.lessonsportal.domain.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recently computed totals and facet counts, keyed by the matching query and the filters, so paging, re-sorting and
 * popular searches do not count the same lessons again. Valid only for the index as it was: every entry is dropped as
 * soon as the index changes (a lesson published, archived or reindexed), detected from the index reader's segments.
 * Size {@code lessons.search.facet-cache-size} ({@link SearchSettings#facetCacheSize()}; 0 turns it off).
 */
final class FacetCountCache {

    /** What was counted: the total and the facets. */
    record Counts(long total, List<FacetGroup> facets) {
    }

    private final int size;
    private final Map<String, Counts> entries;
    private List<Object> indexVersion = List.of();

    FacetCountCache(int size) {
        this.size = Math.max(0, size);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Counts> eldest) {
                return size() > FacetCountCache.this.size;
            }
        };
    }

    synchronized Counts get(List<Object> version, String key) {
        if (size == 0) {
            return null;
        }
        if (!version.equals(indexVersion)) {
            entries.clear();
            indexVersion = version;
            return null;
        }
        return entries.get(key);
    }

    synchronized void put(List<Object> version, String key, Counts counts) {
        if (size > 0 && version.equals(indexVersion)) {
            entries.put(key, counts);
        }
    }

    boolean enabled() {
        return size > 0;
    }
}
