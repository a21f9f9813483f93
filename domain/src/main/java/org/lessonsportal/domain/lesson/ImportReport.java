package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonsportal.domain.shared.FieldError;

/**
 * What an import did, lesson by lesson. Positions ({@code index}) count from 0 in the file's {@code lessons} list,
 * like field keys do.
 *
 * @param total    lessons in the file
 * @param imported lessons stored (created or updated) or found unchanged
 * @param rejected lessons not stored, with every reason
 */
public record ImportReport(int total, List<Imported> imported, List<Rejected> rejected) {

    public ImportReport {
        imported = List.copyOf(imported);
        rejected = List.copyOf(rejected);
    }

    /** "2 lessons in the file: 1 added, 0 updated, 0 unchanged, 1 not imported." */
    public String summary() {
        return lessons(total) + " in the file: " + created() + " added, " + updated() + " updated, " + unchanged()
                + " unchanged, " + rejected.size() + " not imported.";
    }

    /** "1 lesson", "2 lessons". */
    public static String lessons(long count) {
        return count + (count == 1 ? " lesson" : " lessons");
    }

    public long created() {
        return imported.stream().filter(i -> i.outcome() == Outcome.CREATED).count();
    }

    public long updated() {
        return imported.stream().filter(i -> i.outcome() == Outcome.UPDATED).count();
    }

    public long unchanged() {
        return imported.stream().filter(i -> i.outcome() == Outcome.UNCHANGED).count();
    }

    /** The longest value of a file a report repeats; longer ones are cut, saying how long they were. */
    static final int ECHO_MAX = 200;

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{" + (ECHO_MAX + 1) + ",})\"");

    /**
     * A value from the file as a report repeats it: whole up to {@value #ECHO_MAX} characters, otherwise its start and
     * "… (19000000 characters)", so a huge title does not come back whole.
     */
    static String echo(String value) {
        if (value == null || value.length() <= ECHO_MAX) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(ECHO_MAX - 1)) ? ECHO_MAX - 1 : ECHO_MAX;
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }

    /** A message with every quoted value of the file in it cut as {@link #echo} cuts it; the rest is kept. */
    static String echoQuoted(String message) {
        if (message.length() <= ECHO_MAX) {
            return message;
        }
        String cut = QUOTED.matcher(message)
                .replaceAll(m -> Matcher.quoteReplacement("\"" + echo(m.group(1)) + "\""));
        // A message that repeats a value without quotes is still kept to a sensible length.
        return cut.length() <= 4 * ECHO_MAX ? cut : echo(cut);
    }

    /** What happened to a lesson that was stored. */
    public enum Outcome {
        /** New in the portal. */
        CREATED,
        /** Already in the portal (same id); its content was replaced by the file's. */
        UPDATED,
        /** Already in the portal (same id) with exactly this content. */
        UNCHANGED
    }

    /** A lesson stored from the file. */
    public record Imported(int index, Long lessonId, String externalId, Outcome outcome) {
    }

    /**
     * A lesson the file holds but the portal did not store, with every problem found.
     *
     * @param externalId the file's id for it, if it had one
     * @param title      its title, if it had one, to help find it
     * @param row        for a spreadsheet, the row it is on (the headings are row 1); {@code null} for JSON
     */
    public record Rejected(int index, String externalId, String title, List<FieldError> problems,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer row) {

        public Rejected {
            externalId = echo(externalId);
            title = echo(title);
            problems = problems.stream().map(p -> new FieldError(echo(p.field()), echoQuoted(p.message()))).toList();
        }

        /** A lesson of a JSON file, which has no rows. */
        public Rejected(int index, String externalId, String title, List<FieldError> problems) {
            this(index, externalId, title, problems, null);
        }

        /** The field of the first problem ("" when the whole entry is wrong). */
        public String field() {
            return problems.get(0).field();
        }

        /** The first problem, in plain English. */
        public String reason() {
            return problems.get(0).message();
        }

        /** "Lesson 3", or "Lesson 3 (row 4)" for a spreadsheet: the lesson's place in the file, counted from 1. */
        public String where() {
            return "Lesson " + (index + 1) + (row == null ? "" : " (row " + row + ")");
        }

        /**
         * Every problem as a sentence that names the lesson and the field as people see it:
         * "Lesson 3, 'Organisation code': Give the organisation's ODS code."
         */
        public List<String> lines() {
            return problems.stream().map(p -> where() + (p.field().isEmpty() ? ": "
                    : ", '" + ExchangeFields.label(p.field()) + "': ") + sentence(p.message())).toList();
        }

        private static String sentence(String message) {
            String text = message.strip();
            return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
        }
    }
}
