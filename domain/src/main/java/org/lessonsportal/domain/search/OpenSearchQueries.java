package org.lessonsportal.domain.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.PrefixCodedTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointInSetQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene queries the search builds ({@link TextQueries}, {@link SearchFilters}) written as OpenSearch query JSON,
 * so both engines match the same lessons and rank them by the same BM25 clauses. The terms are already analysed by
 * the portal's own analyzers, which give the same terms as the OpenSearch index's analysis (ADR 0062): they are sent
 * as terms, never analysed again. Only the query types the search really builds are translated; any other fails
 * loudly rather than matching something else. Pure functions.
 * <p>
 * One is written differently, with the same matches but a score that may differ a little: a phrase with several
 * terms at one place ({@code MultiPhraseQuery}) as a {@code dis_max} of every phrase it stands for.
 */
final class OpenSearchQueries {

    /** A multi-term phrase standing for more phrases than this is refused (the search never builds one). */
    private static final int MAX_PHRASES = 64;

    private OpenSearchQueries() {
    }

    /** The query as OpenSearch JSON; {@code null} stays {@code null}. */
    static JsonObject of(Query query) {
        if (query == null) {
            return null;
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        if (query instanceof BoostQuery boosted) {
            JsonObject bool = new JsonObject();
            bool.add("must", array(of(boosted.getQuery())));
            bool.addProperty("boost", boosted.getBoost());
            return wrap("bool", bool);
        }
        if (query instanceof TermQuery term) {
            return term(term.getTerm());
        }
        if (query instanceof SynonymQuery synonyms) {
            return synonyms(synonyms);
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase(phrase.getField(), List.of(phrase.getTerms()), phrase.getPositions(), phrase.getSlop());
        }
        if (query instanceof MultiPhraseQuery multi) {
            return multiPhrase(multi);
        }
        if (query instanceof TermInSetQuery terms) {
            return termsIn(terms);
        }
        if (query instanceof PointInSetQuery points && points.getNumDims() == 1
                && points.getBytesPerDim() == Integer.BYTES) {
            JsonArray values = new JsonArray();
            points.getPackedPoints().forEach(packed -> values.add(IntPoint.decodeDimension(packed, 0)));
            JsonObject terms = new JsonObject();
            terms.add(points.getField(), values);
            return wrap("terms", terms);
        }
        if (query instanceof MatchAllDocsQuery) {
            return wrap("match_all", new JsonObject());
        }
        if (query instanceof MatchNoDocsQuery) {
            return wrap("match_none", new JsonObject());
        }
        if (query instanceof ConstantScoreQuery constant) {
            JsonObject score = new JsonObject();
            score.add("filter", of(constant.getQuery()));
            return wrap("constant_score", score);
        }
        if (query instanceof DisjunctionMaxQuery disMax && disMax.getTieBreakerMultiplier() == 0f) {
            return disMax(disMax.getDisjuncts().stream().map(OpenSearchQueries::of).toList());
        }
        throw new IllegalArgumentException("The search built a query OpenSearch is not sent: "
                + query.getClass().getSimpleName() + " (" + query + ")");
    }

    /** Matches the lessons with these ids (Hibernate Search's document ids). */
    static JsonObject ids(Collection<?> lessonIds) {
        JsonArray values = new JsonArray();
        lessonIds.forEach(id -> values.add(String.valueOf(id)));
        JsonObject ids = new JsonObject();
        ids.add("values", values);
        return wrap("ids", ids);
    }

    /** Matches the lessons both queries match, scored by {@code scored} alone ({@code null}: a constant score). */
    static JsonObject filtered(JsonObject scored, JsonObject... filters) {
        JsonObject bool = new JsonObject();
        if (scored != null) {
            bool.add("must", array(scored));
        }
        JsonArray filter = new JsonArray();
        for (JsonObject f : filters) {
            if (f != null) {
                filter.add(f);
            }
        }
        bool.add("filter", filter);
        return wrap("bool", bool);
    }

    private static JsonObject bool(BooleanQuery query) {
        if (query.clauses().isEmpty()) {
            return wrap("match_none", new JsonObject());
        }
        JsonObject bool = new JsonObject();
        boolean required = false;
        int optional = 0;
        for (BooleanClause clause : query.clauses()) {
            String occur = switch (clause.getOccur()) {
                case MUST -> "must";
                case FILTER -> "filter";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
            };
            required |= clause.isRequired();
            optional += clause.getOccur() == BooleanClause.Occur.SHOULD ? 1 : 0;
            if (!bool.has(occur)) {
                bool.add(occur, new JsonArray());
            }
            bool.getAsJsonArray(occur).add(of(clause.getQuery()));
        }
        if (optional > 0) {
            // As Lucene: without a required clause at least one optional clause must match.
            int minimum = query.getMinimumNumberShouldMatch();
            bool.addProperty("minimum_should_match", minimum == 0 && !required ? 1 : minimum);
        }
        return wrap("bool", bool);
    }

    private static JsonObject term(Term term) {
        JsonObject value = new JsonObject();
        value.addProperty("value", term.text());
        JsonObject field = new JsonObject();
        field.add(term.field(), value);
        return wrap("term", field);
    }

    /**
     * A word and its single-word synonyms: their terms sent at one position, so OpenSearch builds the same synonym
     * query (one blended term for BM25).
     */
    private static JsonObject synonyms(SynonymQuery query) {
        List<String> terms = new ArrayList<>();
        for (Term term : query.getTerms()) {
            terms.add(checked(term));
        }
        JsonObject match = new JsonObject();
        match.addProperty("query", String.join(" ", terms));
        match.addProperty("analyzer", OpenSearchAnalysisConfigurer.TERMS_AT_ONE_POSITION);
        JsonObject inField = new JsonObject();
        inField.add(query.getField(), match);
        return wrap("match", inField);
    }

    /** A term that can be sent among others separated by spaces. */
    private static String checked(Term term) {
        if (term.text().isEmpty() || term.text().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A term OpenSearch cannot be sent: \"" + term.text() + "\"");
        }
        return term.text();
    }

    /**
     * A phrase of analysed terms: sent with the {@code whitespace} analyzer, so OpenSearch builds the very same phrase
     * query from the terms. A gap between positions (a stop word's place) is allowed as slop.
     */
    private static JsonObject phrase(String field, List<Term> terms, int[] positions, int slop) {
        if (terms.size() == 1) {
            return term(terms.get(0));
        }
        List<String> words = terms.stream().map(OpenSearchQueries::checked).toList();
        int gaps = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        JsonObject phrase = new JsonObject();
        phrase.addProperty("query", String.join(" ", words));
        phrase.addProperty("analyzer", "whitespace");
        phrase.addProperty("slop", slop + gaps);
        JsonObject inField = new JsonObject();
        inField.add(field, phrase);
        return wrap("match_phrase", inField);
    }

    /** Every phrase the multi-term phrase stands for, the best counting. */
    private static JsonObject multiPhrase(MultiPhraseQuery multi) {
        Term[][] arrays = multi.getTermArrays();
        List<List<Term>> phrases = new ArrayList<>();
        phrases.add(List.of());
        for (Term[] atPosition : arrays) {
            List<List<Term>> longer = new ArrayList<>();
            for (List<Term> start : phrases) {
                for (Term term : atPosition) {
                    List<Term> next = new ArrayList<>(start);
                    next.add(term);
                    longer.add(next);
                }
            }
            if (longer.size() > MAX_PHRASES) {
                throw new IllegalArgumentException("A phrase with too many alternatives for OpenSearch: " + multi);
            }
            phrases = longer;
        }
        String field = arrays[0][0].field();
        return disMax(phrases.stream().map(p -> phrase(field, p, multi.getPositions(), multi.getSlop())).toList());
    }

    private static JsonObject termsIn(TermInSetQuery query) {
        PrefixCodedTerms.TermIterator iterator = query.getTermData().iterator();
        JsonArray values = new JsonArray();
        String field = null;
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            field = iterator.field();
            values.add(new JsonPrimitive(term.utf8ToString()));
        }
        if (field == null) {
            return wrap("match_none", new JsonObject());
        }
        JsonObject terms = new JsonObject();
        terms.add(field, values);
        return wrap("terms", terms);
    }

    private static JsonObject disMax(List<JsonObject> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        JsonObject disMax = new JsonObject();
        JsonArray all = new JsonArray();
        queries.forEach(all::add);
        disMax.add("queries", all);
        return wrap("dis_max", disMax);
    }

    private static JsonArray array(JsonObject element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }

    private static JsonObject wrap(String name, JsonObject body) {
        JsonObject query = new JsonObject();
        query.add(name, body);
        return query;
    }
}
