package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;

/**
 * The analyzers of the lesson index, built once at start-up and shared by Hibernate Search (registered by name in
 * {@link LessonAnalysisConfigurer}) and by {@link SearchService}, which analyses query text itself.
 * <ul>
 * <li>{@link #index()} ({@value #INDEX}): char filters (A&amp;E → AE, IT → ICT), standard tokenizer, English possessive,
 * lower case, ASCII folding, English stop words (Snowball list), holes closed, {@link WordForms} (British spellings,
 * stems Porter gets wrong), Porter stemming.</li>
 * <li>{@link #search()} ({@value #SEARCH}): the same, then the NHS synonym graph. Synonyms apply at query time only,
 * so multi-word synonyms work and the vocabulary can change without touching indexed text.</li>
 * <li>{@link #spelling()} ({@value #SPELLING}): words as written (lower case, folded, no stemming), for spelling
 * suggestions.</li>
 * <li>{@link #keyword()} ({@value #KEYWORD}): a normalizer for facet values (technologies), lower case and folded.</li>
 * </ul>
 * The synonym rules, the search analyzer and the {@link TextQueries} made with it form the current {@link Vocabulary},
 * which administrators can replace while the portal runs ({@link #useExtraRules}): it is swapped as a whole, so a
 * search that took it ({@link #vocabulary()}) finishes with it, and the next one uses the new one.
 */
final class LessonAnalyzers {

    static final String INDEX = "lessons_english";
    static final String SEARCH = "lessons_english_synonyms";
    static final String SPELLING = "lessons_spelling";
    static final String KEYWORD = "lessons_keyword";

    private static final int POSITION_GAP = 100;

    /**
     * The synonym rules in use, the search analyzer that applies them and the queries built with it. Never changed;
     * replaced as a whole.
     */
    record Vocabulary(SynonymRules synonyms, Analyzer search, TextQueries queries) {
    }

    private final CharArraySet stopWords;
    private final WordForms wordForms;
    private final Analyzer index;
    private final Analyzer spelling;
    private final Analyzer keyword;
    /** The built-in rules and the administrator's file, as read at start-up. */
    private final List<SynonymRules.Source> baseSources;
    private final Analyzer currentSearch;
    private volatile Vocabulary vocabulary;

    LessonAnalyzers(SynonymRules.Source... synonymSources) {
        this.stopWords = loadStopWords();
        this.wordForms = WordForms.load();
        this.index = new TextAnalyzer(stopWords, wordForms, null);
        this.spelling = new TextAnalyzer(null, null, null);
        this.keyword = new KeywordAnalyzer();
        this.baseSources = List.of(synonymSources);
        this.vocabulary = build(baseSources);
        this.currentSearch = new CurrentSearchAnalyzer();
    }

    private Vocabulary build(List<SynonymRules.Source> sources) {
        // Rules are read with the index analyzer, so both sides of a rule look like indexed text (stemmed, no stops).
        SynonymRules synonyms = SynonymRules.load(index, spelling, sources.toArray(SynonymRules.Source[]::new));
        Analyzer search = new TextAnalyzer(stopWords, wordForms, synonyms.map());
        return new Vocabulary(synonyms, search, new TextQueries(search, index));
    }

    /**
     * Puts in use the start-up rules plus these (the administrators' rules); the next search uses them. Searches
     * under way finish with the vocabulary they started with.
     */
    synchronized Vocabulary useExtraRules(SynonymRules.Source... extra) {
        List<SynonymRules.Source> sources = new ArrayList<>(baseSources);
        sources.addAll(List.of(extra));
        Vocabulary built = build(sources);
        this.vocabulary = built;
        return built;
    }

    /** The vocabulary in use now; take it once and use it for the whole of one search. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The start-up sources: the built-in rules and, if set, the administrator's file. */
    List<SynonymRules.Source> baseSources() {
        return baseSources;
    }

    Analyzer index() {
        return index;
    }

    /** The search analyzer of the vocabulary in use now. */
    Analyzer search() {
        return vocabulary.search();
    }

    /**
     * For Hibernate Search, which is given its analyzers once at start-up: an analyzer that always analyses with the
     * search analyzer in use at the time of the call. (The portal builds its text queries itself, from
     * {@link #vocabulary()}; this keeps any query Hibernate Search analyses in step too.)
     */
    Analyzer currentSearch() {
        return currentSearch;
    }

    Analyzer spelling() {
        return spelling;
    }

    Analyzer keyword() {
        return keyword;
    }

    /** The synonym rules in use now. */
    SynonymRules synonyms() {
        return vocabulary.synonyms();
    }

    /**
     * Raise by one whenever this class's filter chain or the rules written in {@link WordForms}'s code change what
     * terms a text gets (the word-form list's own changes are seen by its content).
     */
    private static final int ANALYSIS_REVISION = 1;

    /** Changes when the way lessons' text is turned into indexed terms changes (and the index must be rebuilt). */
    String analysisVersion() {
        return "r" + ANALYSIS_REVISION + "+porter+" + wordForms.version();
    }

    /** The English stop words (Snowball's list), for an engine that analyses text itself. */
    List<String> stopWordList() {
        List<String> words = new ArrayList<>();
        stopWords.forEach(word -> words.add(new String((char[]) word)));
        return words;
    }

    WordForms wordForms() {
        return wordForms;
    }

    /** The synonym rules read at start-up (built-in and the administrator's file), as written, comments left out. */
    List<String> baseSynonymRules() {
        List<String> rules = new ArrayList<>();
        for (SynonymRules.Source source : baseSources) {
            source.lines().stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(rules::add);
        }
        return rules;
    }

    boolean isStopWord(String lowerCaseWord) {
        return stopWords.contains(lowerCaseWord);
    }

    /** The terms the analyzer makes of a text, in order (synonym alternatives included, for the search analyzer). */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static CharArraySet loadStopWords() {
        try (Reader reader = IOUtils.getDecodingReader(org.apache.lucene.analysis.snowball.SnowballFilter.class,
                "english_stop.txt", java.nio.charset.StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's English stop word list is missing", e);
        }
    }

    static Reader charFilters(Reader reader) {
        return new AcronymCharFilter(reader);
    }

    /** The text analyzer; stop words and stemming (with its word forms) optional, synonyms only at query time. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private static final class TextAnalyzer extends Analyzer {
        private final CharArraySet stopWords;
        private final WordForms stem;
        private final SynonymMap synonyms;

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return charFilters(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (stopWords != null) {
                stream = new StopFilter(stream, stopWords);
                stream = new CollapsePositionGapsFilter(stream);
            }
            if (stem != null) {
                stream = new PorterStemFilter(stem.apply(stream));
            }
            if (synonyms != null && synonyms.fst != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return POSITION_GAP;
        }
    }

    /**
     * Delegates to the current search analyzer, building new token stream components on every call: reusing them
     * (per thread) could keep a replaced vocabulary's synonyms in use.
     */
    private final class CurrentSearchAnalyzer extends AnalyzerWrapper {

        CurrentSearchAnalyzer() {
            super(new ReuseStrategy() {
                @Override
                public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
                    return null;
                }

                @Override
                public void setReusableComponents(Analyzer analyzer, String fieldName,
                        TokenStreamComponents components) {
                    // never reused
                }
            });
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return vocabulary.search();
        }
    }

    /** The whole value as one lower-case, folded token: facet values that differ only in case count together. */
    private static final class KeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
