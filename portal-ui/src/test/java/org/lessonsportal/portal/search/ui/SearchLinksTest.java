package org.lessonsportal.portal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.domain.shared.DomainException;

class SearchLinksTest {

    @Test
    void aSearchSurvivesTheRoundTripThroughItsAddress() {
        SearchQuery query = SearchQuery.builder().text("EPR go-live & A&E").projectTypes("fax-removal", "e-prescribing")
                .regions("london").organisations("RJ1").challengeTypes("training-adoption").technologies("NHSmail")
                .yearsCompleted(2024, 2023).sort(SearchSort.NEWEST).page(2).size(20).build();

        String address = SearchLinks.searchAddress(query);
        assertThat(address).startsWith("lessons?q=EPR").contains("projectType=e-prescribing&projectType=fax-removal")
                .contains("year=2023&year=2024").contains("sort=newest").contains("page=3");

        SearchQuery back = SearchLinks.fromParameters(QueryParameters.fromString(address.substring(8)), 20);
        assertThat(back).isEqualTo(query);
    }

    @Test
    void anEmptySearchIsThePlainAddress() {
        assertThat(SearchLinks.searchAddress(SearchQuery.builder().build())).isEqualTo("lessons");
    }

    @Test
    void addressesSharedBeforeStillGiveTheirSearch() {
        SearchQuery query = SearchLinks.fromParameters(QueryParameters.fromString(
                "q=fax&projectType=fax-removal&setting=acute&setting=community&year=2023&sort=NEWEST&page=2"
                        + "&utm_source=newsletter"), 10);
        assertThat(query).isEqualTo(SearchQuery.builder().text("fax").projectTypes("fax-removal")
                .settings("acute", "community").yearsCompleted(2023).sort(SearchSort.NEWEST).page(1).size(10)
                .build());
    }

    @Test
    void anAddressWithAWrongValueIsExplainedNotGuessedAt() {
        assertThatThrownBy(() -> SearchLinks.fromParameters(new QueryParameters(Map.of("year",
                List.of("last year", "2022"))), 20)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("\"last year\" is not a year.");
        assertThatThrownBy(() -> SearchLinks.fromParameters(new QueryParameters(Map.of("page", List.of("two"))),
                20)).isInstanceOf(DomainException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SearchLinks.fromParameters(new QueryParameters(Map.of("page", List.of("999999"))),
                20)).isInstanceOf(DomainException.class).hasMessageStartingWith("Only the first 10,000 results");
    }

    @Test
    void theWordsAsTypedAreKeptForTheSearchBox() {
        QueryParameters parameters = new QueryParameters(Map.of("q", List.of("  fax\u0000removal  ")));
        assertThat(SearchLinks.typedText(parameters)).isEqualTo("  fax\u0000removal  ");
        assertThat(SearchLinks.fromParameters(parameters, 10).text()).isEqualTo("fax removal");
        assertThat(SearchLinks.typedText(QueryParameters.empty())).isEmpty();
    }
}
