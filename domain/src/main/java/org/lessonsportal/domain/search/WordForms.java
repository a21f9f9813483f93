package org.lessonsportal.domain.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Makes the forms of a word meet before Porter stemming, without the stemmer's over-reach: American spellings are
 * read as British ones ("digitization" → "digitisation", "center" → "centre"), and a short list of stems overrides
 * Porter where it keeps apart forms people mean alike ("deployment"/"deploy", "referral"/"refer") or merges words
 * that mean different things ("consultant"/"consultation", "community"/"communication", "university"/"universe").
 * The lists are in {@code search/word-forms.txt}; {@code WordFormsTest} holds the pairs that must meet and must not.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class WordForms {

    private static final String RESOURCE = "search/word-forms.txt";
    /** -ize, -ization, -yze and their endings, American → British. Only for words long enough not to be "size". */
    private static final String[][] SUFFIXES = {
        {"izations", "isations"}, {"ization", "isation"}, {"izing", "ising"}, {"izers", "isers"}, {"izer", "iser"},
        {"izes", "ises"}, {"ized", "ised"}, {"ize", "ise"},
        {"yzing", "ysing"}, {"yzes", "yses"}, {"yzed", "ysed"}, {"yze", "yse"}};
    private static final int MIN_SUFFIXED_LENGTH = 7;

    private final Map<String, String> spellings;
    private final StemmerOverrideMap stems;
    /** The stem overrides as listed (word → stem), for OpenSearch's {@code stemmer_override}. */
    private final Map<String, String> stemList;
    private final String version;

    /** The lists shipped with the portal. */
    static WordForms load() {
        try (InputStream in = WordForms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WordForms parse(byte[] content) throws IOException {
        Map<String, String> spellings = new HashMap<>();
        Map<String, String> stemList = new java.util.LinkedHashMap<>();
        StemmerOverrideFilter.Builder stems = new StemmerOverrideFilter.Builder(false);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 3 || !(parts[0].equals("spell") || parts[0].equals("stem"))) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected \"spell us uk\" or "
                            + "\"stem word stem\"");
                }
                if (parts[0].equals("spell")) {
                    spellings.put(parts[1], parts[2]);
                } else {
                    stems.add(parts[1], parts[2]);
                    stemList.putIfAbsent(parts[1], parts[2]);
                }
            }
        }
        try {
            String version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))
                    .substring(0, 12);
            return new WordForms(Map.copyOf(spellings), stems.build(), java.util.Collections.unmodifiableMap(stemList), version);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes whenever the lists change (and so the terms an indexed lesson gets). */
    String version() {
        return version;
    }

    /** The American spellings listed, each with its British one. */
    Map<String, String> spellings() {
        return spellings;
    }

    /** The stems listed, word → stem. */
    Map<String, String> stemList() {
        return stemList;
    }

    /** The -ize/-yze endings and their British ones, in the order they are tried; for words of at least
     * {@link #MIN_SUFFIXED_LENGTH} letters. */
    static String[][] suffixes() {
        return java.util.Arrays.stream(SUFFIXES).map(String[]::clone).toArray(String[][]::new);
    }

    static int minSuffixedLength() {
        return MIN_SUFFIXED_LENGTH;
    }

    /** British spellings, then the stem overrides (tokens so marked are left alone by the stemmer after them). */
    TokenStream apply(TokenStream stream) {
        return new StemmerOverrideFilter(new BritishSpellingFilter(stream, spellings), stems);
    }

    /** An American spelling as the British one: by the list, else by the -ize/-yze endings. */
    static String british(String word, Map<String, String> spellings) {
        String listed = spellings.get(word);
        if (listed != null) {
            return listed;
        }
        if (word.length() >= MIN_SUFFIXED_LENGTH && word.indexOf('z') >= 0) {
            for (String[] suffix : SUFFIXES) {
                if (word.endsWith(suffix[0])) {
                    return word.substring(0, word.length() - suffix[0].length()) + suffix[1];
                }
            }
        }
        return word;
    }

    private static final class BritishSpellingFilter extends TokenFilter {
        private final Map<String, String> spellings;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        BritishSpellingFilter(TokenStream input, Map<String, String> spellings) {
            super(input);
            this.spellings = spellings;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                String word = term.toString();
                String british = british(word, spellings);
                if (!british.equals(word)) {
                    term.setEmpty().append(british);
                }
            }
            return true;
        }
    }
}
