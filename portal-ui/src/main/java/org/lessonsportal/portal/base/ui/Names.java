package org.lessonsportal.portal.base.ui;

import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.DomainException;

/**
 * People's and organisations' names as a page shows them, with words for someone or an organisation no longer in the
 * portal; the names come from {@link OrganisationService}'s cache.
 */
@RequiredArgsConstructor
public class Names {

    private final OrganisationService organisations;

    /** Who did something in a lesson's audit trail: the member, "API client <id>", or the portal itself. */
    public String actor(AuditEntry entry) {
        return entry.apiClient() != null ? "API client " + entry.apiClient() : person(entry.actorId());
    }

    /** The member's name; "Lessons Portal" when the portal itself acted ({@code null}). */
    public String person(Long memberId) {
        if (memberId == null) {
            return "Lessons Portal (automatic)";
        }
        try {
            return organisations.memberName(memberId);
        } catch (DomainException e) {
            return "Someone no longer in the portal";
        }
    }

    /** "Northshire Hospitals NHS Foundation Trust". */
    public String organisation(Long organisationId) {
        if (organisationId == null) {
            return "";
        }
        try {
            return organisations.organisationName(organisationId);
        } catch (DomainException e) {
            return "An organisation no longer in the portal";
        }
    }
}
