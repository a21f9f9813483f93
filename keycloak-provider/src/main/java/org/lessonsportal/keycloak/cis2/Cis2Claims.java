package org.lessonsportal.keycloak.cis2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a CIS2 sign-in says about the person's roles and organisations, read from the ID token and the userinfo
 * answer (scopes {@code nationalrbacaccess}, {@code associatedorgs}, {@code selectedrole}):
 * <ul>
 * <li>{@code nhsid_nrbac_roles} (userinfo): the roles, each an object with {@code person_roleid}, {@code org_code},
 * {@code role_name}, {@code role_code} (and {@code person_orgid}, activities, … which are not needed here);</li>
 * <li>{@code nhsid_user_orgs} (userinfo): the organisations, each with {@code org_code} and {@code org_name};</li>
 * <li>{@code selected_roleid} (ID token, else userinfo): the role the person chose when signing in;</li>
 * <li>{@code acr} (ID token): the authentication assurance reached, e.g. {@code AAL3_ANY}.</li>
 * </ul>
 * Garbled input never fails the reading: an entry that is not an object, or lacks a role id or a well-formed ODS code,
 * is left out and described in {@link #problems()}; a claim sent as a string holding JSON is read as that JSON.
 */
final class Cis2Claims {

    static final String ROLES = "nhsid_nrbac_roles";
    static final String USER_ORGS = "nhsid_user_orgs";
    static final String SELECTED_ROLE_ID = "selected_roleid";
    static final String ACR = "acr";

    /** ODS codes are letters and digits: 3 for trusts and ICBs, 5 for sites, 6 for GP practices. */
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Cis2Role> roles;
    private final Map<String, String> organisationNames;
    private final String selectedRoleId;
    private final String acr;
    private final List<String> problems;

    private Cis2Claims(List<Cis2Role> roles, Map<String, String> organisationNames, String selectedRoleId,
            String acr, List<String> problems) {
        this.roles = List.copyOf(roles);
        this.organisationNames = Map.copyOf(organisationNames);
        this.selectedRoleId = selectedRoleId;
        this.acr = acr;
        this.problems = List.copyOf(problems);
    }

    /** Either argument may be {@code null} (no ID token claims, no userinfo answer). */
    static Cis2Claims read(JsonNode idToken, JsonNode userInfo) {
        List<String> problems = new ArrayList<>();
        List<Cis2Role> roles = new ArrayList<>();
        List<JsonNode> roleEntries = entries(field(userInfo, ROLES), ROLES, problems);
        for (int i = 0; i < roleEntries.size(); i++) {
            role(roleEntries.get(i), i + 1, problems).ifPresent(roles::add);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode org : entries(field(userInfo, USER_ORGS), USER_ORGS, problems)) {
            String code = odsCode(text(org.get("org_code")));
            String name = text(org.get("org_name"));
            if (code != null && name != null) {
                names.putIfAbsent(code, name);
            }
        }
        String selected = text(field(idToken, SELECTED_ROLE_ID));
        if (selected == null) {
            selected = text(field(userInfo, SELECTED_ROLE_ID));
        }
        return new Cis2Claims(roles, names, selected, text(field(idToken, ACR)), problems);
    }

    List<Cis2Role> roles() {
        return roles;
    }

    /** The ODS codes of every organisation the person holds a role at, in the order of the roles. */
    Set<String> roleOrgCodes() {
        Set<String> codes = new LinkedHashSet<>();
        roles.forEach(role -> codes.add(role.orgCode()));
        return codes;
    }

    /** The role chosen at sign-in, when {@code selected_roleid} names one of the roles. */
    Optional<Cis2Role> selectedRole() {
        return selectedRoleId == null ? Optional.empty()
                : roles.stream().filter(role -> role.personRoleId().equals(selectedRoleId)).findFirst();
    }

    Optional<String> selectedRoleId() {
        return Optional.ofNullable(selectedRoleId);
    }

    Optional<String> acr() {
        return Optional.ofNullable(acr);
    }

    /** The organisation's name from {@code nhsid_user_orgs}, else the ODS code. */
    String organisationName(String odsCode) {
        return organisationNames.getOrDefault(odsCode, odsCode);
    }

    /** What was left out of the claims and why, for the server log. */
    List<String> problems() {
        return problems;
    }

    private static Optional<Cis2Role> role(JsonNode entry, int position, List<String> problems) {
        if (!entry.isObject()) {
            problems.add(ROLES + " entry " + position + " is not an object: left out");
            return Optional.empty();
        }
        String roleId = text(entry.get("person_roleid"));
        String rawCode = text(entry.get("org_code"));
        String code = odsCode(rawCode);
        if (roleId == null || code == null) {
            problems.add(ROLES + " entry " + position + (roleId == null ? " has no person_roleid"
                    : " has " + (rawCode == null ? "no org_code" : "an org_code that is not an ODS code: "
                    + abbreviate(rawCode))) + ": left out");
            return Optional.empty();
        }
        return Optional.of(new Cis2Role(roleId, code, text(entry.get("role_name")), text(entry.get("role_code"))));
    }

    /** The elements of an array claim; a lone object counts as one element, a string holding JSON as that JSON. */
    private static List<JsonNode> entries(JsonNode claim, String name, List<String> problems) {
        if (claim == null || claim.isNull() || claim.isMissingNode()) {
            return List.of();
        }
        JsonNode value = claim;
        if (claim.isTextual()) {
            try {
                value = JSON.readTree(claim.asText());
            } catch (JsonProcessingException e) {
                problems.add(name + " is text that is not JSON: left out");
                return List.of();
            }
        }
        if (value.isObject()) {
            return List.of(value);
        }
        if (value.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            value.forEach(elements::add);
            return elements;
        }
        problems.add(name + " is neither a list nor an object: left out");
        return List.of();
    }

    private static String odsCode(String text) {
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        return ODS_CODE.matcher(code).matches() ? code : null;
    }

    private static JsonNode field(JsonNode node, String name) {
        return node == null || !node.isObject() ? null : node.get(name);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
