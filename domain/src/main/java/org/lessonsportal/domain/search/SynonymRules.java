package org.lessonsportal.domain.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NHS vocabulary of synonyms and acronyms, in Solr's synonym format: the built-in file
 * {@code search/nhs-synonyms.txt}, plus, when {@code lessons.search.synonyms-file} names one, an administrator's file
 * (read at start-up), plus the rules administrators keep in the portal ({@link SearchVocabularyService}). A set of
 * rules never changes: a changed vocabulary is a new instance. A rule that cannot be used is skipped with a warning
 * naming its line, so one typo never stops the portal or the other rules.
 */
final class SynonymRules {

    static final String BUILT_IN = "search/nhs-synonyms.txt";
    /** The {@link Source#name()} of the built-in rules. */
    static final String BUILT_IN_NAME = "classpath:" + BUILT_IN;

    private static final Logger log = LoggerFactory.getLogger(SynonymRules.class);

    /** Where rules come from: a name for messages and the lines. */
    record Source(String name, List<String> lines) {

        static Source classpath(String resource) {
            InputStream in = SynonymRules.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("The synonym file " + resource + " is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new Source("classpath:" + resource, reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** An administrator's file; an unreadable file is reported and ignored (the built-in rules still apply). */
        static Source file(Path path) {
            try {
                return new Source(path.toString(), Files.readAllLines(path, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                log.error("The synonyms file {} (lessons.search.synonyms-file) cannot be read, so only the built-in "
                        + "synonyms apply: {}", path.toAbsolutePath(), e.toString());
                return new Source(path.toString(), List.of());
            }
        }

        static Source text(String name, String text) {
            return new Source(name, text.lines().toList());
        }
    }

    private final SynonymMap map;
    private final int ruleCount;
    private final int skippedCount;
    private final Set<String> words;
    private final Map<String, Integer> rulesBySource;

    private SynonymRules(SynonymMap map, int ruleCount, int skippedCount, Set<String> words,
            Map<String, Integer> rulesBySource) {
        this.map = map;
        this.ruleCount = ruleCount;
        this.skippedCount = skippedCount;
        this.words = Set.copyOf(words);
        this.rulesBySource = Map.copyOf(rulesBySource);
    }

    static SynonymRules load(Analyzer ruleAnalyzer, Analyzer wordAnalyzer, Source... sources) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
        int rules = 0;
        int skipped = 0;
        Set<String> words = new HashSet<>();
        Map<String, Integer> rulesBySource = new LinkedHashMap<>();
        for (Source source : sources) {
            rulesBySource.putIfAbsent(source.name(), 0);
            int lineNumber = 0;
            for (String line : source.lines()) {
                lineNumber++;
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                try {
                    // Try the rule on its own first, so a bad one leaves nothing half-added.
                    new SolrSynonymParser(true, true, ruleAnalyzer).parse(new StringReader(rule));
                    parser.parse(new StringReader(rule));
                    rules++;
                    rulesBySource.merge(source.name(), 1, Integer::sum);
                    words.addAll(LessonAnalyzers.terms(wordAnalyzer, rule.replace("=>", ",")));
                } catch (Exception e) {
                    skipped++;
                    log.warn("Skipping synonym rule on line {} of {} (\"{}\"): {}", lineNumber, source.name(), rule,
                            e.getMessage());
                }
            }
        }
        try {
            SynonymMap map = parser.build();
            log.info("Search synonyms: {} rules loaded{}", rules, skipped == 0 ? "" : ", " + skipped + " skipped");
            return new SynonymRules(map, rules, skipped, words, rulesBySource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SynonymMap map() {
        return map;
    }

    int ruleCount() {
        return ruleCount;
    }

    /** How many rules of the source with that {@link Source#name() name} are in use (0 for an unknown source). */
    int ruleCount(String sourceName) {
        return rulesBySource.getOrDefault(sourceName, 0);
    }

    int skippedCount() {
        return skippedCount;
    }

    /** Every word the rules mention, as written (lower case): they are never "misspelt". */
    Set<String> words() {
        return words;
    }
}
