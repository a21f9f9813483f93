package org.lessonsportal.domain.lesson;

import java.util.Set;

/**
 * Which published lessons an export includes.
 *
 * @param organisationIds only lessons of these organisations; empty means every published lesson
 */
public record ExportScope(Set<Long> organisationIds) {

    public ExportScope {
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }

    public static ExportScope all() {
        return new ExportScope(Set.of());
    }

    public static ExportScope organisations(Set<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            throw new IllegalArgumentException("Name at least one organisation, or use ExportScope.all()");
        }
        return new ExportScope(organisationIds);
    }

    boolean isAll() {
        return organisationIds.isEmpty();
    }
}
