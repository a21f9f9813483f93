package org.lessonsportal.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the claims Keycloak sends (ID token and user info) into a {@link TokenIdentity}.
 * <ul>
 * <li>{@code roles}: the realm roles (a client mapper of the demo realm), else {@code realm_access.roles}.</li>
 * <li>{@code organization}: Keycloak 26 merges the {@code organization} scope's own mapper (bare aliases) and the
 * client's membership mapper (attributes and id on) into one list:
 * {@code ["zz1", {"zz1": {"id": "…", "ods_code": ["ZZ1"], "org_type": ["acute"], "region": ["north-west"],
 * "display_name": ["Northshire Hospitals NHS Foundation Trust"], "parent_icb": ["QZZ"]}}]}. Every object in the list
 * (or a lone object) is read; bare aliases carry no ODS code and are ignored. No claim at all means no
 * organisation.</li>
 * <li>{@code acting_ods_code}: the ODS code of the organisation the person acts for in this sign-in, when the
 * identity provider knows it (NHS CIS2: the organisation of the role chosen at sign-in, docs/adr/0045).</li>
 * <li>{@code role_ods_codes}: with NHS CIS2, the ODS codes of every organisation the person holds a role at,
 * separated by spaces, whether or not the realm has an organisation for them ({@link #roleOdsCodes}).</li>
 * </ul>
 */
final class TokenClaims {

    static final String ODS_CODE = "ods_code";
    static final String ORG_TYPE = "org_type";
    static final String REGION = "region";
    static final String DISPLAY_NAME = "display_name";
    /** The ODS code of the integrated care board the organisation belongs to (trusts and practices). */
    static final String PARENT_ICB = "parent_icb";
    /** The ODS code of the organisation the person acts for in this sign-in (a user session note in Keycloak). */
    static final String ACTING_ODS_CODE = "acting_ods_code";
    /** The ODS codes of every organisation the person holds a role at (NHS CIS2), separated by spaces. */
    static final String ROLE_ODS_CODES = "role_ods_codes";

    private static final Logger log = LoggerFactory.getLogger(TokenClaims.class);

    private TokenClaims() {
    }

    static TokenIdentity read(Map<String, Object> claims) {
        String subject = text(claims.get("sub"));
        String username = text(claims.get("preferred_username"));
        String name = text(claims.get("name"));
        if (name == null) {
            String given = text(claims.get("given_name"));
            String family = text(claims.get("family_name"));
            name = given == null && family == null ? username
                    : ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
        String acting = text(claims.get(ACTING_ODS_CODE));
        return new TokenIdentity(subject, username, name, text(claims.get("email")),
                organisations(claims.get("organization")), roles(claims),
                acting == null ? null : acting.toUpperCase(Locale.ROOT));
    }

    /** The ODS codes of the {@code role_ods_codes} claim, upper case, each once; empty without the claim. */
    static List<String> roleOdsCodes(Map<String, Object> claims) {
        String codes = text(claims.get(ROLE_ODS_CODES));
        return codes == null ? List.of() : Arrays.stream(codes.split("[\\s,]+")).filter(c -> !c.isBlank())
                .map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static Set<String> roles(Map<String, Object> claims) {
        Object roles = claims.get("roles");
        if (roles == null && claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            roles = realmAccess.get("roles");
        }
        Set<String> result = new LinkedHashSet<>();
        if (roles instanceof Collection<?> values) {
            values.stream().map(TokenClaims::text).filter(r -> r != null).forEach(result::add);
        } else if (text(roles) != null) {
            result.add(text(roles));
        }
        return result;
    }

    private static List<OrganisationMembership> organisations(Object claim) {
        Map<Object, Object> byAlias = new LinkedHashMap<>();
        if (claim instanceof Map<?, ?> single) {
            byAlias.putAll(single);
        } else if (claim instanceof Collection<?> elements) {
            elements.stream().filter(Map.class::isInstance).map(Map.class::cast).forEach(byAlias::putAll);
            if (byAlias.isEmpty() && !elements.isEmpty()) {
                log.warn("The token lists organisations {} without attributes; add the organisation membership "
                        + "mapper with attributes on so the portal receives ODS codes", elements);
            }
        }
        Map<String, OrganisationMembership> byOdsCode = new TreeMap<>();
        byAlias.forEach((alias, value) -> {
            Map<?, ?> attributes = value instanceof Map<?, ?> m ? m : Map.of();
            String odsCode = first(attributes.get(ODS_CODE));
            if (odsCode == null) {
                log.warn("Organisation '{}' in the token has no ods_code attribute: ignored", alias);
                return;
            }
            String ods = odsCode.toUpperCase(Locale.ROOT);
            byOdsCode.putIfAbsent(ods, new OrganisationMembership(ods, first(attributes.get(DISPLAY_NAME)),
                    first(attributes.get(ORG_TYPE)), first(attributes.get(REGION)), first(attributes.get("id")),
                    String.valueOf(alias), first(attributes.get(PARENT_ICB))));
        });
        return List.copyOf(byOdsCode.values());
    }

    private static String first(Object value) {
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : text(values.iterator().next());
        }
        return text(value);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? null : text;
    }
}
