package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.lessonsportal.domain.taxonomy.ChallengeType;

/**
 * One challenge the project met. A challenge with no type and no text at all is {@linkplain #isBlank() blank}: an
 * empty block in the form, not a challenge; {@link LessonContent} leaves blank ones out.
 *
 * @param type        the kind of challenge; may be {@code null} in a draft
 * @param description what happened
 * @param resolution  how it was resolved (or how the team lived with it)
 */
public record Challenge(ChallengeType type, String description, String resolution) {

    public Challenge {
        description = Texts.clean(description);
        resolution = Texts.clean(resolution);
    }

    /** Whether nothing at all was given: no type, no description and no resolution. */
    @JsonIgnore
    public boolean isBlank() {
        return type == null && description == null && resolution == null;
    }
}
