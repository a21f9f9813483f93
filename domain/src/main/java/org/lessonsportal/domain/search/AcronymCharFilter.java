package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Keeps acronyms the standard tokenizer would break or drop: one letter, an ampersand and one letter become one word
 * ("A&E", "a & e", "R&D" → "AE", "RD"), and "IT" in capitals becomes "ICT" (otherwise it is the stop word "it").
 * Both only at word boundaries. Offsets are corrected so highlighting marks the original text. A single pass over the
 * text: the regular-expression char filters it replaces were a third of the indexing time.
 */
final class AcronymCharFilter extends BaseCharFilter {

    private char[] output;
    private int position;
    private int length = -1;

    AcronymCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        if (length < 0) {
            transform();
        }
        if (position >= length) {
            return -1;
        }
        int n = Math.min(count, length - position);
        System.arraycopy(output, position, buffer, offset, n);
        position += n;
        return n;
    }

    /**
     * Reads the whole input, then rewrites it in one pass. Most text (and almost every query) has nothing to rewrite:
     * then the text read is handed out as it is, without a second copy (analysis runs for every field of every search,
     * so what it allocates counts).
     */
    private void transform() throws IOException {
        char[] in = new char[256];
        int size = 0;
        for (int n = input.read(in, 0, in.length); n != -1; n = input.read(in, size, in.length - size)) {
            size += n;
            if (size == in.length) {
                in = Arrays.copyOf(in, in.length * 2);
            }
        }
        CharSequence text = CharBuffer.wrap(in, 0, size);
        StringBuilder out = null;
        int copied = 0;
        int diff = 0;
        int i = 0;
        while (i < size) {
            char c = in[i];
            if (isAsciiLetter(c) && !isWordChar(text, i - 1)) {
                int end = ampersandAcronymEnd(text, i);
                boolean ict = end < 0 && c == 'I' && i + 1 < size && in[i + 1] == 'T' && !isWordChar(text, i + 2);
                if (end > 0 || ict) {
                    if (out == null) {
                        out = new StringBuilder(size + 8);
                    }
                    out.append(in, copied, i - copied);
                    if (end > 0) {
                        // "A&E": keep both letters, drop what is between them.
                        out.append(c).append(in[end - 1]);
                        diff += (end - i) - 2;
                        i = end;
                    } else {
                        out.append("ICT");
                        diff -= 1;
                        i += 2;
                    }
                    addOffCorrectMap(out.length() - 1, diff);
                    copied = i;
                    continue;
                }
            }
            i++;
        }
        if (out == null) {
            output = in;
            length = size;
            return;
        }
        out.append(in, copied, size - copied);
        length = out.length();
        output = new char[length];
        out.getChars(0, length, output, 0);
    }

    /** The end of "X&Y" (with at most one space or tab each side of the ampersand) starting at {@code start}, or -1. */
    private static int ampersandAcronymEnd(CharSequence text, int start) {
        int i = start + 1;
        i = skipBlank(text, i);
        if (i >= text.length() || text.charAt(i) != '&') {
            return -1;
        }
        i = skipBlank(text, i + 1);
        if (i >= text.length() || !isAsciiLetter(text.charAt(i)) || isWordChar(text, i + 1)) {
            return -1;
        }
        return i + 1;
    }

    private static int skipBlank(CharSequence text, int i) {
        return i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t') ? i + 1 : i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isWordChar(CharSequence text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }
}
