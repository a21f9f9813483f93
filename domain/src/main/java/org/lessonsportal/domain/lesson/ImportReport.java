package org.lessonsportal.domain.lesson;

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
     */
    public record Rejected(int index, String externalId, String title, List<FieldError> problems) {

        public Rejected {
            problems = List.copyOf(problems);
        }

        /** The field of the first problem ("" when the whole entry is wrong). */
        public String field() {
            return problems.get(0).field();
        }

        /** The first problem, in plain English. */
        public String reason() {
            return problems.get(0).message();
        }
    }
}
