package org.lessonsportal.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.GeneratedIdRow;

/**
 * One saved version of the administrators' search vocabulary: the whole text as they wrote it (comments and blank
 * lines included), who saved it and when. Written once, never changed; the highest version number is in use.
 */
@Entity
@Table(name = "search_vocabulary")
class VocabularyVersion extends GeneratedIdRow {

    @Column(name = "version_number")
    private int number;

    private String rules;
    private Instant savedAt;
    private Long savedBy;

    protected VocabularyVersion() {
    }

    VocabularyVersion(int number, String rules, Instant savedAt, Long savedBy) {
        this.number = number;
        this.rules = rules;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    int number() {
        return number;
    }

    String rules() {
        return rules;
    }

    Instant savedAt() {
        return savedAt;
    }

    Long savedBy() {
        return savedBy;
    }
}
