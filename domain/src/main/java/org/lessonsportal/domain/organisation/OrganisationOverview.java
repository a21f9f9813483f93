package org.lessonsportal.domain.organisation;

/**
 * An organisation as the administrators' list shows it.
 *
 * @param icbName     the name of the integrated care board it belongs to, when the portal knows that board
 * @param memberCount the people who have signed in for it
 */
public record OrganisationOverview(OrganisationView organisation, String icbName, long memberCount) {
}
