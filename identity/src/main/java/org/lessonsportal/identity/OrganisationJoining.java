package org.lessonsportal.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.JoinConfirmation;
import org.lessonsportal.domain.organisation.JoinRequestView;
import org.lessonsportal.domain.organisation.JoinRequestService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Confirms a request to join an organisation (docs/adr/0049) where memberships really live: first in Keycloak (the
 * organisation created there from the portal's or ODS's record when the realm lacks it, the person made a member, so
 * their next token carries it), then in the portal ({@link JoinRequestService#confirm}). If Keycloak cannot be changed,
 * nothing is, and the administrator is told in plain words. If the portal's step then fails (the person withdrew the
 * request a moment before, another administrator declined it, the database failed), the membership this step added to
 * Keycloak is taken out again, so the two never disagree about who belongs; one the person already had stays.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganisationJoining {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationJoining.class);
    static final String KEYCLOAK_UNAVAILABLE = "The organisation accounts service could not be changed, so nothing "
            + "was confirmed. Try again in a few minutes. If it keeps happening, tell whoever runs Lessons Portal.";

    private final JoinRequestService joinRequests;
    private final KeycloakAdminClient keycloak;

    /** Confirms the waiting request, if this administrator may decide it. */
    public JoinRequestView confirm(Long requestId, Actor admin) {
        JoinConfirmation plan = joinRequests.prepareConfirmation(requestId, admin);
        String organisationId;
        boolean added;
        try {
            organisationId = keycloak.ensureOrganisation(plan.organisation());
            added = keycloak.addMember(organisationId, plan.subject());
        } catch (KeycloakAdminException e) {
            LOG.warn("Request {} to join {} not confirmed: {}", requestId, plan.organisation().odsCode(),
                    e.getMessage());
            throw new DomainException(KEYCLOAK_UNAVAILABLE, e);
        }
        JoinRequestView confirmed;
        try {
            confirmed = joinRequests.confirm(requestId, admin, organisationId);
        } catch (RuntimeException e) {
            if (added) {
                undo(organisationId, plan, e);
            }
            throw e;
        }
        LOG.info("{} joined {} ({}), confirmed by member {}", confirmed.memberUsername(),
                confirmed.organisationName(), confirmed.odsCode(), admin.memberId());
        return confirmed;
    }

    private void undo(String organisationId, JoinConfirmation plan, RuntimeException cause) {
        try {
            keycloak.removeMember(organisationId, plan.subject());
        } catch (KeycloakAdminException e) {
            cause.addSuppressed(e);
            LOG.error("Request {}: the portal did not confirm it, and the Keycloak membership of {} in {} could not "
                    + "be taken out again; take it out by hand", plan.requestId(), plan.subject(),
                    plan.organisation().odsCode(), e);
        }
    }
}
