package org.lessonsportal.domain.search;

import java.time.Duration;

/** What {@link SearchService#reindex()} did: how many published lessons are now in the index, and how long it took. */
public record ReindexResult(long lessonsIndexed, Duration took) {
}
