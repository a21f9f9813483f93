package org.lessonsportal.domain.reuse;

import java.time.Instant;

/**
 * One organisation's reuse of a lesson, as the lesson page shows it.
 *
 * @param note what the organisation says about it, or {@code null}
 */
public record ReuseView(Long id, Long lessonId, Long organisationId, String organisationName, String odsCode,
        ReuseStage stage, String note, String recordedByName, Instant updatedAt) {

    /** "Riverside Community Health NHS Trust (ZZ2)" */
    public String organisation() {
        return organisationName + " (" + odsCode + ")";
    }
}
