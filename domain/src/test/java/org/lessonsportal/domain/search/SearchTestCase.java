package org.lessonsportal.domain.search;

import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every search integration test uses: the search itself, and the exchange service that imports (and so
 * publishes and indexes) the test's lessons, e.g. through {@link SearchFixtures#importLessons}.
 */
abstract class SearchTestCase {

    @Autowired
    SearchService search;

    @Autowired
    LessonExchangeService exchange;
}
