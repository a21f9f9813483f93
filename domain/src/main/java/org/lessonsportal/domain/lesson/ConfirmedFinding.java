package org.lessonsportal.domain.lesson;

import java.time.Instant;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;

/** A finding the author confirmed is not patient information, who confirmed it, when and why. */
public record ConfirmedFinding(String field, Kind kind, String match, String reason, Long confirmedBy,
        Instant confirmedAt) {
}
