package org.lessonsportal.domain.organisation;

/**
 * An organisation as the administrators' list shows it.
 *
 * @param icbName     the name of the integrated care board it belongs to, when the portal or the ODS reference data
 *                    knows that board
 * @param memberCount the people who have signed in for it
 * @param fromOds     whether an ODS import listed it (its name, type, region and ICB then come from ODS)
 */
public record OrganisationOverview(OrganisationView organisation, String icbName, long memberCount, boolean fromOds) {
}
