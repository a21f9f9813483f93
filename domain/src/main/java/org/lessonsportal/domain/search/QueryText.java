package org.lessonsportal.domain.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text typed by a person, made safe to analyse: Unicode normalised (NFKC), control, formatting (zero-width, direction
 * marks), private-use and unpaired surrogate characters removed, spaces collapsed, cut to a maximum length at a word
 * boundary, and split into {@code "quoted phrases"} and the remaining words. Nothing in it is query syntax.
 */
record QueryText(String text, String words, List<String> phrases) {

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");

    QueryText {
        phrases = List.copyOf(phrases);
    }

    static QueryText of(String raw, int maxLength) {
        String text = clean(raw, maxLength);
        List<String> phrases = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        Matcher matcher = PHRASE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            words.append(text, last, matcher.start()).append(' ');
            String phrase = matcher.group(1).strip();
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
            last = matcher.end();
        }
        words.append(text.substring(last).replace('"', ' '));
        return new QueryText(text, words.toString().replaceAll("\\s+", " ").strip(), phrases);
    }

    boolean isBlank() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** The text as a person would read it back (phrases in quotes). */
    @Override
    public String toString() {
        return text;
    }

    static String clean(String raw, int maxLength) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Normalising a huge text only to cut it afterwards is wasted work: cut generously first.
        String text = raw.length() > maxLength * 4 ? raw.substring(0, maxLength * 4) : raw;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength * 2));
        boolean space = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean drop = type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED;
            if (drop && type == Character.FORMAT) {
                continue; // zero-width joiners and direction marks sit inside words
            }
            if (drop || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            out.appendCodePoint(normaliseQuote(cp));
            space = false;
        }
        String cleaned = out.toString().strip();
        if (cleaned.length() <= maxLength) {
            return cleaned;
        }
        int cut = cleaned.lastIndexOf(' ', maxLength);
        if (cut < maxLength / 2) {
            cut = maxLength;
            if (Character.isHighSurrogate(cleaned.charAt(cut - 1))) {
                cut--;
            }
        }
        return cleaned.substring(0, cut).strip();
    }

    private static int normaliseQuote(int cp) {
        return switch (cp) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            default -> cp;
        };
    }
}
