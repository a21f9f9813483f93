package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
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
            problems = List.copyOf(problems);
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
