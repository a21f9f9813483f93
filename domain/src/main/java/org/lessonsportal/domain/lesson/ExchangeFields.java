package org.lessonsportal.domain.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels people see for the keys of an exchange file: the lesson form's labels ({@link LessonFields}) plus the
 * parts only a file has (its id, the organisation's code and name, the publication date). A spreadsheet's column
 * headings are these labels, so a report names the column the person typed into.
 */
public final class ExchangeFields {

    public static final String ID = "id";
    public static final String ODS_CODE = "organisation.odsCode";
    public static final String ORGANISATION_NAME = "organisation.name";
    public static final String PUBLISHED_ON = "publishedOn";

    private static final Map<String, String> OWN = Map.of(ID, "Id", ODS_CODE, "Organisation code",
            ORGANISATION_NAME, "Organisation name", PUBLISHED_ON, "Publication date");
    private static final Pattern SETTING = Pattern.compile("settings\\[(\\d+)]");

    /** The keys a spreadsheet's columns may fill (besides the challenges), in the order of the template. */
    static final List<String> SPREADSHEET_KEYS = List.of(ID, ODS_CODE, ORGANISATION_NAME, LessonFields.TITLE,
            LessonFields.SUMMARY, LessonFields.PROJECT_TYPE, LessonFields.SETTINGS, LessonFields.REGION,
            LessonFields.STARTED_ON, LessonFields.COMPLETED_ON, LessonFields.CONTEXT, LessonFields.APPROACH,
            LessonFields.OUTCOMES, LessonFields.RECOMMENDATIONS, LessonFields.WOULD_DO_DIFFERENTLY,
            LessonFields.TECHNOLOGIES, LessonFields.TAGS, LessonFields.CONTACT_NAME, LessonFields.CONTACT_EMAIL,
            PUBLISHED_ON);

    private ExchangeFields() {
    }

    /**
     * The headings of a spreadsheet of lessons, in a sensible order, with columns for this many challenges:
     * "Id", "Organisation code", …, "Challenge 1: type of challenge", "Challenge 1: what happened", ….
     */
    public static List<String> spreadsheetHeadings(int challenges) {
        List<String> headings = new ArrayList<>();
        for (String key : SPREADSHEET_KEYS) {
            if (key.equals(LessonFields.RECOMMENDATIONS)) {
                for (int i = 0; i < challenges; i++) {
                    for (String part : List.of("type", "description", "resolution")) {
                        headings.add(label(LessonFields.challenge(i, part)));
                    }
                }
            }
            headings.add(label(key));
        }
        return headings;
    }

    /** "Organisation code" for {@code organisation.odsCode}, "Challenge 2: what happened" for a challenge's part. */
    public static String label(String key) {
        String own = OWN.get(key);
        if (own != null) {
            return own;
        }
        Matcher setting = SETTING.matcher(key);
        if (setting.matches()) {
            return LessonFields.label(LessonFields.SETTINGS) + " (entry " + (Integer.parseInt(setting.group(1)) + 1)
                    + ")";
        }
        return LessonFields.label(key);
    }
}
