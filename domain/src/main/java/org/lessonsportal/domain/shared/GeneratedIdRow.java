package org.lessonsportal.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What most of the portal's tables start with: an {@code id} the database generates. Rows about a lesson extend
 * {@link LessonRow}; rows changed after they are written, and so guarded against lost updates, {@link VersionedRow}
 * or {@link VersionedLessonRow}.
 */
@MappedSuperclass
public abstract class GeneratedIdRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected GeneratedIdRow() {
    }

    public Long getId() {
        return id;
    }
}
