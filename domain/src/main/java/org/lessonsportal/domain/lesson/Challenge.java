package org.lessonsportal.domain.lesson;

import org.lessonsportal.domain.taxonomy.ChallengeType;

/**
 * One challenge the project met.
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
}
