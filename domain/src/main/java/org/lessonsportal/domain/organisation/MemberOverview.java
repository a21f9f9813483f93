package org.lessonsportal.domain.organisation;

/**
 * A person as the administrators' list shows them.
 *
 * @param organisationName    their organisation's name, or {@code null} when they have none
 * @param organisationOdsCode its ODS code, or {@code null}
 */
public record MemberOverview(MemberView member, String organisationName, String organisationOdsCode) {
}
