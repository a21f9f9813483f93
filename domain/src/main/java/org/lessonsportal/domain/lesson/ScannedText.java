package org.lessonsportal.domain.lesson;

import java.text.Normalizer;
import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A lesson's text made plain for the patient-data check, with the way back to the text as typed. Text pasted from
 * Word, PDFs and clinical systems writes the same thing many ways: a non-breaking space or a tab for a space, an
 * en-dash for a hyphen, full-width digits, a zero-width space inside a number, a curly apostrophe. The scanner's
 * patterns look at {@link #text()}, where:
 * <ul>
 * <li>Unicode NFKC is applied (full-width letters and digits become plain ones, ligatures are split);</li>
 * <li>every kind of space (and the tab) is a plain space, and a run of spaces is one space;</li>
 * <li>every kind of dash and the minus sign is a hyphen; curly and other apostrophes are {@code '}; a middle dot is
 * a full stop; a digit of another script is the plain digit;</li>
 * <li>invisible format characters (zero-width spaces and joiners, soft hyphens, byte-order and direction marks) are
 * gone; line and paragraph separators are new lines.</li>
 * </ul>
 * Findings must quote what the author typed, so each character of the plain text remembers which characters of the
 * original it came from ({@link #original(int, int)}).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class ScannedText {

    private final String original;
    private final String text;
    /** For each character of {@link #text}, where the original characters it came from start and end. */
    private final int[] from;
    private final int[] to;

    /** The plain text to scan. */
    String text() {
        return text;
    }

    /** The text as typed. */
    String original() {
        return original;
    }

    /** Where the plain text's characters from {@code start} (inclusive) to {@code end} were in the original. */
    int originalStart(int start) {
        return start < from.length ? from[start] : original.length();
    }

    int originalEnd(int end) {
        return end == 0 ? 0 : to[end - 1];
    }

    /** The original text of the plain text between {@code start} and {@code end}. */
    String original(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }

    /** The plain form of a text, without the way back (to compare two texts as the scanner sees them). */
    static String plain(String text) {
        return of(text).text;
    }

    static ScannedText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] from = new int[original.length() + 16];
        int[] to = new int[original.length() + 16];
        int i = 0;
        while (i < original.length()) {
            int end = endOfCharacter(original, i);
            String plain = plain(original, i, end);
            for (int k = 0; k < plain.length(); k++) {
                char c = plain.charAt(k);
                if (c == ' ' && !text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                    to[text.length() - 1] = end; // a run of spaces is one space
                    continue;
                }
                if (text.length() == from.length) {
                    from = Arrays.copyOf(from, from.length * 2);
                    to = Arrays.copyOf(to, to.length * 2);
                }
                from[text.length()] = i;
                to[text.length()] = end;
                text.append(c);
            }
            i = end;
        }
        return new ScannedText(original, text.toString(), from, to);
    }

    /** The end of the character at {@code start}: one code point and any combining marks after it. */
    private static int endOfCharacter(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && isCombiningMark(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The plain form of one character (with its combining marks). */
    private static String plain(String text, int start, int end) {
        char first = text.charAt(start);
        if (end == start + 1 && first >= ' ' && first < 0x7f && first != '`') {
            return String.valueOf(first); // plain ASCII, the usual case
        }
        int codePoint = text.codePointAt(start);
        if (isApostrophe(codePoint)) {
            return "'";
        }
        if (codePoint == 0x00b7 || codePoint == 0x2027 || codePoint == 0x30fb || codePoint == 0xff65) {
            return ".";
        }
        String normalised = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC);
        StringBuilder plain = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                return; // zero-width characters, soft hyphens, byte-order and direction marks
            }
            if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || c == 0x85) {
                plain.append('\n');
            } else if (type == Character.SPACE_SEPARATOR || c == '\t' || c == 0x0b || c == 0x0c) {
                plain.append(' ');
            } else if (type == Character.DASH_PUNCTUATION || c == 0x2212) {
                plain.append('-');
            } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
                plain.append((char) ('0' + Character.digit(c, 10)));
            } else if (isApostrophe(c)) {
                plain.append('\'');
            } else {
                plain.appendCodePoint(c);
            }
        });
        return plain.toString();
    }

    private static boolean isApostrophe(int c) {
        return c == 0x2018 || c == 0x2019 || c == 0x201b || c == 0x2032 || c == 0x02bc || c == 0x0060
                || c == 0x00b4 || c == 0xff07;
    }
}
