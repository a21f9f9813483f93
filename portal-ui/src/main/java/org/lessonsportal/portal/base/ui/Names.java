package org.lessonsportal.portal.base.ui;

import java.util.HashMap;
import java.util.Map;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.organisation.Organisation;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.DomainException;

/** People's and organisations' names for one page, looked up once each. */
public class Names {

    private final OrganisationService organisations;
    private final Map<Long, String> people = new HashMap<>();
    private final Map<Long, String> organisationNames = new HashMap<>();

    public Names(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Who did something in a lesson's audit trail: the member, "API client <id>", or the portal itself. */
    public String actor(AuditEntry entry) {
        return entry.apiClient() != null ? "API client " + entry.apiClient() : person(entry.actorId());
    }

    /** The member's name; "Lessons Portal" when the portal itself acted ({@code null}). */
    public String person(Long memberId) {
        if (memberId == null) {
            return "Lessons Portal (automatic)";
        }
        return people.computeIfAbsent(memberId, id -> {
            try {
                return organisations.getMember(id).getName();
            } catch (DomainException e) {
                return "Someone no longer in the portal";
            }
        });
    }

    /** "Northshire Hospitals NHS Foundation Trust". */
    public String organisation(Long organisationId) {
        if (organisationId == null) {
            return "";
        }
        return organisationNames.computeIfAbsent(organisationId, id -> {
            try {
                Organisation organisation = organisations.get(id);
                return organisation.getName();
            } catch (DomainException e) {
                return "An organisation no longer in the portal";
            }
        });
    }
}
