package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link LessonAnalyzers} written as OpenSearch index settings, under the same names, for
 * {@code lessons.search.engine=opensearch}. The same stop words, word forms and synonym rules are used, read from
 * {@link LessonAnalyzers}; OpenSearch's own components (from its {@code analysis-common} module) stand in for the
 * portal's Lucene classes:
 * <ul>
 * <li>{@link AcronymCharFilter}: two {@code pattern_replace} char filters (A&amp;E → AE, IT → ICT);</li>
 * <li>English possessive, lower case, ASCII folding, stop words, Porter: {@code stemmer} (possessive_english),
 * {@code lowercase}, {@code asciifolding}, {@code stop} with Snowball's list, {@code porter_stem};</li>
 * <li>{@link WordForms}: the listed spellings as a {@code synonym} filter with {@code =>} rules, the -ize/-yze
 * endings as {@code pattern_replace} token filters, the listed stems as {@code stemmer_override};</li>
 * <li>the synonyms (search analyzer only): {@code synonym_graph}, lenient, so a rule OpenSearch cannot read is left
 * out as Lucene's loader leaves it out.</li>
 * </ul>
 * Not carried over: {@link CollapsePositionGapsFilter} (no OpenSearch counterpart: phrases across a stop word keep
 * the hole), the position gap of 100 between values of a field (OpenSearch's mapping default is 100 too), and extra
 * synonym rules changed while the portal runs (they need the index's settings updated; see the ADR on OpenSearch).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String AMPERSAND_ACRONYM = "lessons_ampersand_acronym";
    private static final String IT_ACRONYM = "lessons_it_acronym";
    private static final String POSSESSIVE = "lessons_possessive";
    private static final String STOP = "lessons_stop";
    private static final String SPELLINGS = "lessons_british_spellings";
    private static final String SUFFIX = "lessons_british_suffix_";
    private static final String STEMS = "lessons_stems";
    private static final String SYNONYMS = "lessons_synonyms";

    /**
     * Terms already analysed, separated by spaces, all at one position: how {@link OpenSearchQueries} sends a word and
     * its single-word synonyms, so OpenSearch's match query scores them as one blended term, as Lucene's synonym query
     * does.
     */
    static final String TERMS_AT_ONE_POSITION = "lessons_terms_at_one_position";
    private static final String EACH_TERM = "lessons_each_term";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private final LessonAnalyzers analyzers;

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(AMPERSAND_ACRONYM).type("pattern_replace")
                .param("pattern", "(?<![\\p{L}\\p{N}_])([A-Za-z])\\s*&\\s*([A-Za-z])(?![\\p{L}\\p{N}_])")
                .param("replacement", "$1$2");
        context.charFilter(IT_ACRONYM).type("pattern_replace")
                .param("pattern", "(?<![\\p{L}\\p{N}_])IT(?![\\p{L}\\p{N}_])")
                .param("replacement", "ICT");
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(STOP).type("stop").param("stopwords", analyzers.stopWordList().toArray(String[]::new));
        WordForms wordForms = analyzers.wordForms();
        context.tokenFilter(SPELLINGS).type("synonym").param("lenient", true)
                .param("synonyms", rules(wordForms.spellings()));
        List<String> suffixFilters = new ArrayList<>();
        String[][] suffixes = WordForms.suffixes();
        for (int i = 0; i < suffixes.length; i++) {
            suffixFilters.add(SUFFIX + i);
            context.tokenFilter(SUFFIX + i).type("pattern_replace")
                    .param("pattern", "^(?=[^\\s]{" + WordForms.minSuffixedLength() + ",}$)(.*)" + suffixes[i][0]
                            + "$")
                    .param("replacement", "$1" + suffixes[i][1]);
        }
        context.tokenFilter(STEMS).type("stemmer_override").param("rules", rules(wordForms.stemList()));
        context.tokenFilter(SYNONYMS).type("synonym_graph").param("lenient", true)
                .param("synonyms", analyzers.baseSynonymRules().stream()
                        .map(rule -> withoutStopWords(acronyms(rule))).toArray(String[]::new));

        List<String> english = new ArrayList<>(List.of(POSSESSIVE, "lowercase", "asciifolding", STOP, SPELLINGS));
        english.addAll(suffixFilters);
        english.add(STEMS);
        english.add("porter_stem");
        List<String> withSynonyms = new ArrayList<>(english);
        withSynonyms.add(SYNONYMS);

        context.analyzer(LessonAnalyzers.INDEX).custom().tokenizer("standard")
                .charFilters(AMPERSAND_ACRONYM, IT_ACRONYM).tokenFilters(english.toArray(String[]::new));
        context.analyzer(LessonAnalyzers.SEARCH).custom().tokenizer("standard")
                .charFilters(AMPERSAND_ACRONYM, IT_ACRONYM).tokenFilters(withSynonyms.toArray(String[]::new));
        context.analyzer(LessonAnalyzers.SPELLING).custom().tokenizer("standard")
                .charFilters(AMPERSAND_ACRONYM, IT_ACRONYM).tokenFilters(POSSESSIVE, "lowercase", "asciifolding");
        context.tokenFilter(EACH_TERM).type("pattern_capture").param("preserve_original", false)
                .param("patterns", new String[] {"(\\S+)"});
        context.analyzer(TERMS_AT_ONE_POSITION).custom().tokenizer("keyword").tokenFilters(EACH_TERM);
        context.normalizer(LessonAnalyzers.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }

    /**
     * A synonym rule with the acronyms rewritten as {@link AcronymCharFilter} rewrites text ("A&amp;E" → "AE"):
     * OpenSearch reads rules with the filter chain but without the char filters, where the Lucene analyzers read
     * them with both.
     */
    static String acronyms(String rule) {
        try (Reader reader = LessonAnalyzers.charFilters(new StringReader(rule))) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A synonym rule without its stop words ("accident and emergency" → "accident emergency"). The Lucene analyzers
     * close the hole a stop word leaves ({@link CollapsePositionGapsFilter}); OpenSearch keeps it, and its synonym
     * parser refuses an alternative with a hole (left out, as the filter is lenient). Without the stop words the
     * alternative has the terms the Lucene analyzers give it.
     */
    private String withoutStopWords(String rule) {
        Matcher word = WORD.matcher(rule);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(out, analyzers.isStopWord(word.group().toLowerCase(Locale.ROOT)) ? ""
                    : Matcher.quoteReplacement(word.group()));
        }
        word.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").replaceAll(" ,", ",");
    }

    private static String[] rules(Map<String, String> replacements) {
        return replacements.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " => " + entry.getValue()).toArray(String[]::new);
    }
}
