package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The search's Lucene queries as OpenSearch JSON: same structure, terms sent as they are, nothing else accepted. */
class OpenSearchQueriesTest {

    @Test
    void booleanQueriesKeepTheirClausesAndLucenesMinimumToMatch() {
        BooleanQuery some = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("all", "fax")), Occur.SHOULD)
                .add(new TermQuery(new Term("all", "machin")), Occur.SHOULD)
                .setMinimumNumberShouldMatch(2).build();
        BooleanQuery root = new BooleanQuery.Builder()
                .add(some, Occur.MUST)
                .add(new BoostQuery(new TermQuery(new Term("title", "fax")), 3f), Occur.SHOULD)
                .build();

        assertThat(OpenSearchQueries.of(root).toString()).isEqualTo("{\"bool\":{\"must\":[{\"bool\":{\"should\":["
                + "{\"term\":{\"all\":{\"value\":\"fax\"}}},{\"term\":{\"all\":{\"value\":\"machin\"}}}],"
                + "\"minimum_should_match\":2}}],\"should\":[{\"bool\":{\"must\":[{\"term\":{\"title\":{\"value\":"
                + "\"fax\"}}}],\"boost\":3.0}}],\"minimum_should_match\":0}}");
        // Only optional clauses and no minimum: Lucene needs one of them.
        BooleanQuery any = new BooleanQuery.Builder().add(new TermQuery(new Term("all", "a")), Occur.SHOULD).build();
        assertThat(OpenSearchQueries.of(any).getAsJsonObject("bool").get("minimum_should_match").getAsInt())
                .isEqualTo(1);
        // An empty Lucene query matches nothing; an empty bool would match everything.
        assertThat(OpenSearchQueries.of(new BooleanQuery.Builder().build()).has("match_none")).isTrue();
    }

    @Test
    void synonymsPhrasesAndFiltersAreSentAsAnalysedTerms() {
        SynonymQuery synonyms = new SynonymQuery.Builder("all").addTerm(new Term("all", "ehr"))
                .addTerm(new Term("all", "epr")).build();
        assertThat(OpenSearchQueries.of(synonyms).toString()).isEqualTo("{\"match\":{\"all\":{\"query\":\"ehr epr\","
                + "\"analyzer\":\"" + OpenSearchAnalysisConfigurer.TERMS_AT_ONE_POSITION + "\"}}}");

        PhraseQuery phrase = new PhraseQuery.Builder().add(new Term("all", "patient"), 0)
                .add(new Term("all", "portal"), 2).setSlop(1).build();
        assertThat(OpenSearchQueries.of(phrase).toString()).isEqualTo("{\"match_phrase\":{\"all\":{\"query\":"
                + "\"patient portal\",\"analyzer\":\"whitespace\",\"slop\":2}}}");

        assertThat(OpenSearchQueries.of(new TermInSetQuery("settings", List.of(new BytesRef("acute")))).toString())
                .isEqualTo("{\"terms\":{\"settings\":[\"acute\"]}}");
        assertThat(OpenSearchQueries.of(IntPoint.newSetQuery("yearCompleted", 2023, 2024)).toString())
                .isEqualTo("{\"terms\":{\"yearCompleted\":[2023,2024]}}");
    }

    @Test
    void aQueryTheSearchDoesNotBuildIsRefusedRatherThanSentAsSomethingElse() {
        assertThatThrownBy(() -> OpenSearchQueries.of(new PrefixQuery(new Term("all", "fa"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PrefixQuery");
    }
}
