package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": replaces each word that no published lesson uses (and that is not in the synonym vocabulary) by
 * the closest word lessons do use (at most one typing error in words of up to four letters, two in longer ones),
 * preferring the commoner word among equally close ones.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SpellingSuggester {

    private static final int MAX_CANDIDATES = 200;

    private final LessonAnalyzers analyzers;

    /** The words lessons use, as the spelling field holds them: what a correction is looked for in. */
    interface Words {
        /** Whether some lesson uses the word. */
        boolean used(String word) throws IOException;

        /** The closest word lessons use, at most {@code maxEdits} typing errors away; {@code null} for none. */
        String closest(String word, int maxEdits) throws IOException;
    }

    /** The correction, looked for in the Lucene index's spelling terms. */
    Optional<String> correct(IndexReader reader, String text) {
        try {
            Terms terms = MultiTerms.getTerms(reader, IndexFields.SPELLING);
            if (terms == null) {
                return Optional.empty();
            }
            return correct(new Words() {
                @Override
                public boolean used(String word) throws IOException {
                    return reader.docFreq(new Term(IndexFields.SPELLING, word)) > 0;
                }

                @Override
                public String closest(String word, int maxEdits) throws IOException {
                    return SpellingSuggester.closest(terms, word, maxEdits);
                }
            }, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> correct(Words words, String text) {
        try {
            if (text.isBlank()) {
                return Optional.empty();
            }
            List<int[]> spans = new ArrayList<>();
            List<String> replacements = new ArrayList<>();
            try (TokenStream stream = analyzers.spelling().tokenStream(IndexFields.SPELLING, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String word = term.toString();
                    if (!isWorthChecking(word) || words.used(word)) {
                        continue;
                    }
                    String best = words.closest(word, maxEdits(word));
                    if (best != null) {
                        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                        replacements.add(best);
                    }
                }
                stream.end();
            }
            if (replacements.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder corrected = new StringBuilder(text);
            for (int i = spans.size() - 1; i >= 0; i--) {
                corrected.replace(spans.get(i)[0], Math.min(spans.get(i)[1], corrected.length()), replacements.get(i));
            }
            return Optional.of(corrected.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isWorthChecking(String word) {
        return word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !analyzers.isStopWord(word)
                && !analyzers.synonyms().words().contains(word);
    }

    /** At most one typing error in words of up to four letters, two in longer ones. */
    static int maxEdits(String word) {
        return word.length() <= 4 ? 1 : 2;
    }

    private static String closest(Terms terms, String word, int maxEdits) throws IOException {
        FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(IndexFields.SPELLING, word), maxEdits, 1,
                true);
        String best = null;
        float bestBoost = -1;
        int bestFrequency = 0;
        BytesRef candidate;
        int seen = 0;
        while ((candidate = candidates.next()) != null && seen++ < MAX_CANDIDATES) {
            float boost = candidates.getBoost();
            int frequency = candidates.docFreq();
            if (boost > bestBoost || (boost == bestBoost && frequency > bestFrequency)) {
                best = candidate.utf8ToString();
                bestBoost = boost;
                bestFrequency = frequency;
            }
        }
        return best;
    }
}
