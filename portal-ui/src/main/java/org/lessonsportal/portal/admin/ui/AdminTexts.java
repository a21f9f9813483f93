package org.lessonsportal.portal.admin.ui;

import java.util.Locale;
import org.lessonsportal.domain.taxonomy.Labelled;

/** Small wording helpers the administration parts share. */
final class AdminTexts {

    private AdminTexts() {
    }

    /** "1 lesson", "2 lessons", "1,204 organisations". */
    static String count(long n, String thing) {
        return count(n, thing, thing + "s");
    }

    static String count(long n, String one, String many) {
        return String.format(Locale.UK, "%,d", n) + " " + (n == 1 ? one : many);
    }

    static String label(Labelled value) {
        return value == null ? "" : value.label();
    }

    /** The board an organisation belongs to, by name when the portal knows it: "Northshire ICB (QZZ)". */
    static String icb(String odsCode, String name) {
        if (odsCode == null) {
            return "Not known";
        }
        return name == null ? odsCode : name + " (" + odsCode + ")";
    }
}
