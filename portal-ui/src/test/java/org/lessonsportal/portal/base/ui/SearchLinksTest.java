package org.lessonsportal.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchSort;

class SearchLinksTest {

    @Test
    void aSearchSurvivesTheRoundTripThroughItsAddress() {
        SearchQuery query = SearchQuery.builder().text("EPR go-live & A&E").projectTypes("fax-removal", "e-prescribing")
                .regions("london").organisations("RJ1").challengeTypes("training").technologies("NHSmail")
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
    void anEditedAddressStillGivesASearch() {
        SearchQuery query = SearchLinks.fromParameters(new QueryParameters(Map.of("page", List.of("two"),
                "year", List.of("last year", "2022"), "sort", List.of("NEWEST"), "colour", List.of("blue"),
                "setting", List.of(" ", "acute"))), 20);
        assertThat(query.page()).isZero();
        assertThat(query.yearsCompleted()).containsExactly(2022);
        assertThat(query.sort()).isEqualTo(SearchSort.NEWEST);
        assertThat(query.settings()).containsExactly("acute");

        assertThat(SearchLinks.fromParameters(new QueryParameters(Map.of("page", List.of("999999"))), 20).page())
                .isEqualTo(SearchQuery.MAX_RESULT_WINDOW / 20 - 1);
        assertThat(SearchLinks.fromParameters(new QueryParameters(Map.of("page", List.of("-4"))), 20).page())
                .isZero();
    }
}
