package org.lessonsportal.domain.reuse;

import java.time.Instant;

/**
 * One organisation's reuse of a lesson, as the lesson page shows it.
 *
 * @param note            what the organisation says about it, or {@code null}
 * @param recordedById    who last said so
 * @param followUpAskedAt when the organisation was asked how it went, or {@code null}
 * @param outcome         how it went, in the organisation's words, or {@code null} until they say
 */
public record ReuseView(Long id, Long lessonId, Long organisationId, String organisationName, String odsCode,
        ReuseStage stage, String note, Long recordedById, String recordedByName, Instant updatedAt,
        Instant followUpAskedAt, String outcome, Instant outcomeAt) {

    /** Whether the organisation was asked how it went and has not said yet. */
    public boolean awaitsOutcome() {
        return followUpAskedAt != null && outcome == null;
    }

    /** "Riverside Community Health NHS Trust (ZZ2)" */
    public String organisation() {
        return organisationName + " (" + odsCode + ")";
    }
}
