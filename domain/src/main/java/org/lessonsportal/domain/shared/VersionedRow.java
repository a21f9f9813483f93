package org.lessonsportal.domain.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A {@link GeneratedIdRow} that is changed after it is written: its {@code version} column guards against lost updates. */
@MappedSuperclass
public abstract class VersionedRow extends GeneratedIdRow {

    @Version
    private long version;

    protected VersionedRow() {
    }
}
