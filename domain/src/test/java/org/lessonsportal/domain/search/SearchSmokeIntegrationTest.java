package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.springframework.beans.factory.annotation.Autowired;

@SearchIntegrationTest
class SearchSmokeIntegrationTest {

    @Autowired
    SearchService search;

    @Autowired
    LessonExchangeService exchange;

    @Test
    void smoke() {
        String ods = SearchFixtures.ods();
        SearchFixtures.importLessons(exchange, List.of(
                SearchFixtures.lesson(ods, "Smoke Trust", "fax-removal", "Removing every fax machine from our wards",
                        "How we replaced fax with NHSmail and MESH across three hospitals.",
                        "Our wards sent referrals by fax to GP practices every day."),
                SearchFixtures.lesson(ods, "Smoke Trust", "electronic-patient-record", "Our EPR go-live weekend",
                        "How a big bang cutover to the electronic patient record went.",
                        "Three hospitals moved to one electronic patient record in a weekend.")));
        SearchResults results = search.search(SearchQuery.builder().text("EHR go-live").organisations(ods).build());
        System.out.println("RESULTS " + results);
        assertThat(results.items()).extracting(SearchHit::title).first().isEqualTo("Our EPR go-live weekend");
        System.out.println("SIMILAR " + search.similar("We need to get rid of our fax machines", null, null, 5));
        System.out.println("EMPTY " + search.search(SearchQuery.builder().text("faks removel").organisations(ods).build()));
    }
}
