package org.lessonsportal.portal.base.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the portal's pages ({@code lessons.portal.*}).
 *
 * @param accessContact who people ask for an account or for help with the portal: an e-mail address (shown as a
 *                      link) or a few words such as "your trust's IT service desk"; blank when there is no central
 *                      contact, and people are told to ask their organisation's digital or informatics team
 */
@ConfigurationProperties("lessons.portal")
public record PortalSettings(String accessContact) {

    public PortalSettings {
        accessContact = accessContact == null || accessContact.isBlank() ? null : accessContact.strip();
    }

    public boolean hasAccessContact() {
        return accessContact != null;
    }

    /** Whether the contact is an e-mail address (then it is shown as a mailto link). */
    public boolean accessContactIsEmail() {
        return accessContact != null && accessContact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
