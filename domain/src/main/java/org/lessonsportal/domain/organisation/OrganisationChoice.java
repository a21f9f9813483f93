package org.lessonsportal.domain.organisation;

/**
 * An organisation a person may ask to join: one the portal knows, or one only the ODS reference data lists (it is
 * created in the portal, and in the identity provider, when the request is confirmed).
 */
public record OrganisationChoice(String odsCode, String name) {

    /** "Name (CODE)", as the picker shows it. */
    public String label() {
        return name + " (" + odsCode + ")";
    }
}
