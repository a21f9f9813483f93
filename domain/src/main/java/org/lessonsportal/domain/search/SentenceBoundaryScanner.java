package org.lessonsportal.domain.search;

import org.apache.lucene.search.vectorhighlight.BoundaryScanner;

/**
 * Widens a passage to whole sentences: back to the start of the sentence it begins in, on to the end of the sentence
 * it ends in (with the spaces after it). A sentence ends at a line break, or at '.', '!' or '?' followed by a space
 * and a capital letter, a digit or the end of the text (so "e.g. the" or "v2.1" do not end one). Lucene's sentence
 * {@code BreakIteratorBoundaryScanner} copied the whole text and ran a break iterator over it for every passage (a
 * sixth of the highlighting time), and took in the sentence before when a passage began with a sentence.
 */
final class SentenceBoundaryScanner implements BoundaryScanner {

    @Override
    public int findStartOffset(StringBuilder text, int start) {
        if (start > text.length() || start < 1) {
            return start;
        }
        for (int at = start - 1; at >= 0; at--) {
            char c = text.charAt(at);
            if (c == '\n' || c == '\r') {
                return skipSpaces(text, at + 1, start);
            }
            if (isSentenceEnd(text, at) && at + 1 < start) {
                return skipSpaces(text, at + 1, start);
            }
        }
        return 0;
    }

    @Override
    public int findEndOffset(StringBuilder text, int start) {
        if (start > text.length() || start < 0) {
            return start;
        }
        for (int at = start; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\n' || c == '\r' || isSentenceEnd(text, at)) {
                // With the spaces after it, as the break iterator does.
                return skipSpaces(text, at + 1, text.length());
            }
        }
        return text.length();
    }

    /** Whether the sentence ends with the character at {@code at}. */
    private static boolean isSentenceEnd(StringBuilder text, int at) {
        char c = text.charAt(at);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int next = at + 1;
        if (next == text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            if (text.charAt(next) == '\n') {
                return true;
            }
            next++;
        }
        if (next == text.length()) {
            return true;
        }
        char following = text.charAt(next);
        return Character.isUpperCase(following) || Character.isDigit(following) || following == '"'
                || following == '“' || following == '\'' || following == '(';
    }

    private static int skipSpaces(StringBuilder text, int from, int limit) {
        int at = from;
        while (at < limit && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
