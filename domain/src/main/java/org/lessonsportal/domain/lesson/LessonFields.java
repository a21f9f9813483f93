package org.lessonsportal.domain.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable keys of a lesson's fields and their labels for people. Keys match the exchange file's keys; items of a
 * list add their position counted from 0 ({@code challenges[1].description}), while labels count from 1
 * ("Challenge 2: what happened"). Validation errors, patient-data findings, review comments and round comparisons
 * all use these keys.
 */
public final class LessonFields {

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String PROJECT_TYPE = "projectType";
    public static final String SETTINGS = "settings";
    public static final String REGION = "region";
    public static final String ORGANISATION = "organisation";
    public static final String STARTED_ON = "startedOn";
    public static final String COMPLETED_ON = "completedOn";
    public static final String CONTEXT = "context";
    public static final String APPROACH = "approach";
    public static final String OUTCOMES = "outcomes";
    public static final String CHALLENGES = "challenges";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String WOULD_DO_DIFFERENTLY = "wouldDoDifferently";
    public static final String TECHNOLOGIES = "technologies";
    public static final String TAGS = "tags";
    public static final String CONTACT = "contact";
    public static final String CONTACT_NAME = "contact.name";
    public static final String CONTACT_EMAIL = "contact.email";

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(TITLE, "Title");
        LABELS.put(SUMMARY, "Summary");
        LABELS.put(PROJECT_TYPE, "Type of project");
        LABELS.put(SETTINGS, "Care settings");
        LABELS.put(REGION, "Region");
        LABELS.put(ORGANISATION, "Organisation");
        LABELS.put(STARTED_ON, "Start date");
        LABELS.put(COMPLETED_ON, "Completion date");
        LABELS.put(CONTEXT, "Context");
        LABELS.put(APPROACH, "Approach");
        LABELS.put(OUTCOMES, "Outcomes");
        LABELS.put(CHALLENGES, "Challenges");
        LABELS.put(RECOMMENDATIONS, "Recommendations");
        LABELS.put(WOULD_DO_DIFFERENTLY, "What we would do differently");
        LABELS.put(TECHNOLOGIES, "Technologies, suppliers and standards");
        LABELS.put(TAGS, "Tags");
        LABELS.put(CONTACT, "Contact");
        LABELS.put(CONTACT_NAME, "Contact name");
        LABELS.put(CONTACT_EMAIL, "Contact email address");
    }

    /** The sections a reviewer can comment on, in the order of the form. */
    public static final List<String> SECTIONS = List.of(TITLE, SUMMARY, PROJECT_TYPE, SETTINGS, REGION, STARTED_ON,
            COMPLETED_ON, CONTEXT, APPROACH, OUTCOMES, CHALLENGES, RECOMMENDATIONS, WOULD_DO_DIFFERENTLY,
            TECHNOLOGIES, TAGS, CONTACT);

    private static final Pattern CHALLENGE_PART = Pattern.compile("challenges\\[(\\d+)]\\.?(\\w*)");
    private static final Pattern LIST_ITEM = Pattern.compile("(technologies|tags)\\[(\\d+)]");

    private LessonFields() {
    }

    public static String challenge(int index, String part) {
        return CHALLENGES + "[" + index + "]" + (part == null || part.isEmpty() ? "" : "." + part);
    }

    public static String item(String list, int index) {
        return list + "[" + index + "]";
    }

    /** "Challenge 2: what happened" for {@code challenges[1].description}; the key itself if unknown. */
    public static String label(String key) {
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        Matcher challenge = CHALLENGE_PART.matcher(key);
        if (challenge.matches()) {
            String prefix = "Challenge " + (Integer.parseInt(challenge.group(1)) + 1);
            return switch (challenge.group(2)) {
                case "" -> prefix;
                case "type" -> prefix + ": type of challenge";
                case "description" -> prefix + ": what happened";
                case "resolution" -> prefix + ": how it was resolved";
                default -> prefix + ": " + challenge.group(2);
            };
        }
        Matcher item = LIST_ITEM.matcher(key);
        if (item.matches()) {
            return LABELS.get(item.group(1)) + " (entry " + (Integer.parseInt(item.group(2)) + 1) + ")";
        }
        return key;
    }

    public static boolean isSection(String key) {
        return SECTIONS.contains(key);
    }
}
