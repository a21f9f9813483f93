package org.lessonsportal.domain.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small helpers for text people typed. */
final class Texts {

    private Texts() {
    }

    /** Trims; blank becomes {@code null}. Line breaks inside the text are kept. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Trims every entry, drops blank ones and later duplicates (ignoring case), keeps the order. */
    static List<String> cleanList(List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            String cleaned = clean(item);
            if (cleaned != null && seen.add(cleaned.toLowerCase(Locale.ROOT))) {
                result.add(cleaned);
            }
        }
        return List.copyOf(result);
    }

    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
