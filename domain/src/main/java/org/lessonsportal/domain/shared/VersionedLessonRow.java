package org.lessonsportal.domain.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A {@link LessonRow} that is changed after it is written: its {@code version} column guards against lost updates. */
@MappedSuperclass
public abstract class VersionedLessonRow extends LessonRow {

    @Version
    private long version;

    protected VersionedLessonRow() {
    }

    protected VersionedLessonRow(Long lessonId) {
        super(lessonId);
    }
}
