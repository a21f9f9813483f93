package org.lessonsportal.domain.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The key terms of a described project, for {@link SimilarLessonFinder}: the description is analysed with the index
 * analyzer, then with the search analyzer (so its acronyms bring their synonyms, at half weight), each term is weighed
 * by tf·idf against the index, and the {@value #KEY_TERMS} most telling ones are kept, each with the description's own
 * words for it and whether it may be given as a reason ({@link ReasonWords}).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class KeyTerms {

    static final int KEY_TERMS = 25;
    private static final float SYNONYM_WEIGHT = 0.5f;
    /**
     * Key terms found in more than this share of all lessons, and in more than {@value #COMMON_TERM_MIN_LESSONS}
     * lessons, are left out: across a large index they say little about a project and stop Lucene skipping lessons
     * (at 0.5, p95 was 31 ms at 100,000 lessons; at 0.2, 21 ms). In a small index they cost nothing and can be what
     * the project is about (leaving them out of a 128-lesson index lost nDCG@10 0.918 → 0.911 on the blind set's
     * tuning half), hence the floor.
     */
    private static final double MAX_DOC_FREQ_SHARE = 0.2;
    private static final int COMMON_TERM_MIN_LESSONS = 2_000;

    private final LessonAnalyzers analyzers;
    private final ReasonWords reasonWords;

    /**
     * A key term: the indexed form, its weight, the description's own words for it (as a reason shows them), and
     * whether it may be given as a reason ({@link ReasonWords}).
     */
    record KeyTerm(String term, double weight, String surface, boolean reason) {
    }

    /** The description's words for a term, and whether that way of writing it only ever started a sentence. */
    private record Written(String text, boolean sentenceStart) {
    }

    /** How many lessons the index has, and how many have each term in the {@code all} field. */
    interface Statistics {
        int documents() throws IOException;

        /** Each term's document frequency in the {@code all} field. */
        Map<String, Integer> docFreqs(java.util.Collection<String> terms) throws IOException;
    }

    /** The description's key terms, most telling first, from a Lucene index's statistics. */
    List<KeyTerm> of(IndexReader reader, String text) throws IOException {
        return of(new Statistics() {
            @Override
            public int documents() {
                return reader.numDocs();
            }

            @Override
            public Map<String, Integer> docFreqs(java.util.Collection<String> terms) throws IOException {
                Map<String, Integer> docFreqs = new HashMap<>();
                for (String term : terms) {
                    docFreqs.put(term, reader.docFreq(new Term(IndexFields.ALL, term)));
                }
                return docFreqs;
            }
        }, text);
    }

    /** The description's key terms, most telling first; none when the index is empty. */
    List<KeyTerm> of(Statistics statistics, String text) throws IOException {
        Map<String, double[]> frequencies = new LinkedHashMap<>();
        Map<String, Written> surfaces = new LinkedHashMap<>();
        // The description's own words (index analyzer), then what its synonyms add (search analyzer), at half weight.
        Map<String, Integer> own = new HashMap<>();
        analyse(analyzers.index(), text, (term, written) -> {
            own.merge(term, 1, Integer::sum);
            surfaces.merge(term, written, KeyTerms::better);
        });
        own.forEach((term, count) -> frequencies.put(term, new double[] {count}));
        Map<String, Integer> expanded = new HashMap<>();
        analyse(analyzers.search(), text, (term, written) -> {
            expanded.merge(term, 1, Integer::sum);
            surfaces.putIfAbsent(term, written);
        });
        expanded.forEach((term, count) -> {
            int added = count - own.getOrDefault(term, 0);
            if (added > 0) {
                frequencies.computeIfAbsent(term, t -> new double[1])[0] += added * SYNONYM_WEIGHT;
            }
        });
        int documents = statistics.documents();
        if (documents == 0) {
            return List.of();
        }
        Map<String, Integer> docFreqs = statistics.docFreqs(frequencies.keySet());
        List<KeyTerm> candidates = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : frequencies.entrySet()) {
            // docFreq still counts deleted (replaced) lessons until their segment merges, numDocs does not: never
            // let it pass the number of lessons, or the idf (and the boost built from it) turns negative.
            int docFreq = Math.min(docFreqs.getOrDefault(entry.getKey(), 0), documents);
            if (docFreq == 0 || (docFreq > COMMON_TERM_MIN_LESSONS && docFreq > documents * MAX_DOC_FREQ_SHARE)) {
                continue;
            }
            double idf = Math.log(1 + (documents - docFreq + 0.5) / (docFreq + 0.5));
            double tf = entry.getValue()[0];
            double weight = (tf >= 1 ? 1 + Math.log(tf) : tf) * idf;
            Written written = surfaces.get(entry.getKey());
            candidates.add(new KeyTerm(entry.getKey(), weight,
                    written == null ? null : ReasonWords.shown(written.text(), written.sentenceStart()),
                    written != null && reasonWords.distinctive(entry.getKey(), written.text(), docFreq, documents)));
        }
        candidates.sort(Comparator.comparingDouble(KeyTerm::weight).reversed());
        return List.copyOf(candidates.subList(0, Math.min(KEY_TERMS, candidates.size())));
    }

    /** The first way of writing a word, unless a later one is not at the start of a sentence and it was. */
    private static Written better(Written first, Written later) {
        return first.sentenceStart() && !later.sentenceStart() ? later : first;
    }

    private static boolean startsSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(' && c != '\u201C') {
                return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n';
            }
            if (c == '\n') {
                return true;
            }
        }
        return true;
    }

    private static void analyse(org.apache.lucene.analysis.Analyzer analyzer, String text,
            java.util.function.BiConsumer<String, Written> consumer) throws IOException {
        try (TokenStream stream = analyzer.tokenStream(IndexFields.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (value.length() < 2 || value.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                int start = Math.max(0, Math.min(offset.startOffset(), text.length()));
                int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
                consumer.accept(value, new Written(text.substring(start, end), startsSentence(text, start)));
            }
            stream.end();
        }
    }
}
