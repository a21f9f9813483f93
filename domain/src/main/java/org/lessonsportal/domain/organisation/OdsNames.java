package org.lessonsportal.domain.organisation;

import java.util.Locale;
import java.util.Set;

/**
 * Names as ODS publishes them, in capitals ("NORTHSHIRE HOSPITALS NHS FOUNDATION TRUST"), as people read them
 * ("Northshire Hospitals NHS Foundation Trust"): each word with a capital first, short joining words in lower case,
 * abbreviations such as NHS, ICB and GP, codes and words with digits left as they are. A name that already has lower
 * case letters is kept as written.
 */
final class OdsNames {

    private static final Set<String> ABBREVIATIONS = Set.of("NHS", "ICB", "ICS", "GP", "GPS", "UK", "PCN", "CCG",
            "CIC", "LLP", "HQ", "CSU", "A&E", "II", "III", "IV", "OOH", "UTC", "WIC");
    private static final Set<String> JOINING = Set.of("AND", "OF", "THE", "FOR", "IN", "ON", "AT", "UPON", "BY",
            "WITH", "TO", "DE", "LE", "LA", "UNDER");

    private OdsNames() {
    }

    /** The name to show; {@code odsCode} (and any word with a digit) is kept in capitals where it appears. */
    static String tidy(String name, String odsCode) {
        String spaced = name.strip().replaceAll("\\s+", " ");
        if (!spaced.equals(spaced.toUpperCase(Locale.ROOT))) {
            return spaced;
        }
        String[] words = spaced.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String[] parts = words[i].split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    out.append('-');
                }
                out.append(word(parts[p], i == 0 && p == 0, odsCode));
            }
        }
        return out.toString();
    }

    private static String word(String word, boolean first, String odsCode) {
        String letters = word.replaceAll("[^A-Z&]", "");
        if (word.isEmpty() || word.equals(odsCode) || ABBREVIATIONS.contains(letters) || word.matches(".*\\d.*")) {
            return word;
        }
        if (!first && JOINING.contains(letters)) {
            return word.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean capitalised = false;
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c) && !capitalised) {
                out.append(Character.toUpperCase(c));
                capitalised = true;
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
