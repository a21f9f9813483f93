package org.lessonsportal.domain.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.lessonsportal.domain.taxonomy.ChallengeType;

/** How a {@link Challenge} is stored: one row of {@code lesson_challenge}. */
@Embeddable
class ChallengeEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "challenge_type")
    private ChallengeType type;

    private String description;
    private String resolution;

    protected ChallengeEntry() {
    }

    /** @throws IllegalArgumentException for a blank challenge, which would be stored as a row of {@code null}s */
    ChallengeEntry(Challenge challenge) {
        if (challenge.isBlank()) {
            throw new IllegalArgumentException("A blank challenge is not stored");
        }
        this.type = challenge.type();
        this.description = challenge.description();
        this.resolution = challenge.resolution();
    }

    Challenge toChallenge() {
        return new Challenge(type, description, resolution);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChallengeEntry other && type == other.type
                && Objects.equals(description, other.description) && Objects.equals(resolution, other.resolution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, description, resolution);
    }
}
