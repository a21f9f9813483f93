package org.lessonsportal.identity;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is signed in, for views and services; and switching the organisation someone acts for. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentUserService {

    private final OrganisationService organisationService;

    public Optional<CurrentUser> current() {
        return portalUser().map(PortalUser::toCurrentUser);
    }

    /** The signed-in user; for pages that require sign-in. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new DomainException("Please sign in first."));
    }

    /**
     * The ODS code the identity provider says the signed-in person acts for, when the portal has no organisation with
     * that code (e.g. the role chosen at an NHS CIS2 sign-in is at an organisation not on the portal yet); else empty.
     */
    public Optional<String> unknownOrganisationCode() {
        return portalUser().flatMap(user -> user.identity().unknownActingOdsCode());
    }

    /** People who belong to several organisations choose which one they act for. */
    public CurrentUser switchOrganisation(String odsCode) {
        PortalUser user = portalUser().orElseThrow(() -> new DomainException("Please sign in first."));
        OrganisationMembership chosen = user.identity().organisations().stream()
                .filter(o -> o.odsCode().equalsIgnoreCase(odsCode)).findFirst()
                .orElseThrow(() -> new DomainException("You are not a member of the organisation " + odsCode + "."));
        user.activate(chosen.odsCode(), PortalOidcUserService.record(user.identity(), chosen, organisationService));
        return user.toCurrentUser();
    }

    private static Optional<PortalUser> portalUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Optional.of(user) : Optional.empty();
    }
}
