package org.lessonsportal.domain.lesson;

import java.util.Collection;
import java.util.Map;

/**
 * How many organisations reuse each lesson, for the exchange form (exports and the API). The reuse feature answers;
 * this interface lets the lesson feature ask without depending on it.
 */
public interface ReuseCounts {

    /** The count for every id given (0 for a lesson nobody reuses). */
    Map<Long, Long> counts(Collection<Long> lessonIds);
}
