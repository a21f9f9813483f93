package org.lessonsportal.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.OdsRecord;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At sign-in, a brokered person whose identity provider names an organisation the realm does not have yet (NHS CIS2:
 * the organisation of the chosen role, {@code acting_ods_code}, and of every other role, {@code role_ods_codes}) gets
 * it when the ODS reference data lists its code (docs/adr/0047): the organisation is created in Keycloak with ODS's
 * name, type, region and parent ICB, the person becomes a member there, so every later token carries it, and the
 * portal records it with this sign-in. A code ODS does not list stays unknown (the no-organisation page says what to
 * do). Needs Keycloak's admin API (the directory client, {@code lessons.directory-sync.client-secret}); without it, or
 * when Keycloak refuses, the sign-in goes on without the organisation and the reason is logged.
 */
@Component
@RequiredArgsConstructor
class OrganisationsFromOds {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationsFromOds.class);

    private final OdsReferenceService odsReference;
    private final KeycloakAdminClient keycloak;

    /** The identity with every ODS-listed organisation it names but does not belong to added, where that worked. */
    TokenIdentity joinListed(TokenIdentity identity, List<String> roleOdsCodes) {
        Set<String> named = new LinkedHashSet<>();
        if (identity.actingOdsCode() != null) {
            named.add(identity.actingOdsCode());
        }
        named.addAll(roleOdsCodes);
        identity.organisations().forEach(o -> named.remove(o.odsCode()));
        if (named.isEmpty() || identity.subject() == null) {
            return identity;
        }
        List<OrganisationMembership> organisations = new ArrayList<>(identity.organisations());
        for (String code : named) {
            Optional<OdsRecord> listed = odsReference.lookUp(code);
            if (listed.isEmpty()) {
                continue;
            }
            if (!keycloak.isConfigured()) {
                LOG.warn("{} signed in for {} ({}), which ODS lists but the realm has no organisation for; set "
                        + "lessons.directory-sync.client-secret so the portal can create it", identity.username(),
                        listed.get().name(), code);
                continue;
            }
            try {
                String id = keycloak.ensureOrganisation(listed.get().details());
                keycloak.addMember(id, identity.subject());
                OdsRecord ods = listed.get();
                organisations.add(new OrganisationMembership(code, ods.name(),
                        ods.type() == null ? null : ods.type().code(), ods.region() == null ? null
                                : ods.region().code(), id, code.toLowerCase(Locale.ROOT),
                        ods.parentIcbOdsCode()));
                LOG.info("{} signed in for {} ({}), listed by ODS: organisation made in Keycloak and joined",
                        identity.username(), ods.name(), code);
            } catch (KeycloakAdminException e) {
                LOG.warn("{} signed in for {} ({}), listed by ODS, but it could not be made in Keycloak: {}",
                        identity.username(), listed.get().name(), code, e.getMessage());
            }
        }
        organisations.sort((a, b) -> a.odsCode().compareTo(b.odsCode()));
        return new TokenIdentity(identity.subject(), identity.username(), identity.name(), identity.email(),
                List.copyOf(organisations), identity.roles(), identity.actingOdsCode());
    }
}
