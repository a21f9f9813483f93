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
 * nothing is, and the administrator is told in plain words; a membership written to Keycloak before the portal's step
 * failed is harmless, as the person's next sign-in records the same.
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
        try {
            organisationId = keycloak.ensureOrganisation(plan.organisation());
            keycloak.addMember(organisationId, plan.subject());
        } catch (KeycloakAdminException e) {
            LOG.warn("Request {} to join {} not confirmed: {}", requestId, plan.organisation().odsCode(),
                    e.getMessage());
            throw new DomainException(KEYCLOAK_UNAVAILABLE, e);
        }
        JoinRequestView confirmed = joinRequests.confirm(requestId, admin, organisationId);
        LOG.info("{} joined {} ({}), confirmed by member {}", confirmed.memberUsername(),
                confirmed.organisationName(), confirmed.odsCode(), admin.memberId());
        return confirmed;
    }
}
