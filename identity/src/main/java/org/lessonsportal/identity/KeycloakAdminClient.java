package org.lessonsportal.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.springframework.stereotype.Component;

/**
 * Keycloak's admin REST API for the realm of {@code lessons.oidc.issuer}, as the service account of the directory
 * client ({@code lessons.directory-sync.client-id} and {@code client-secret}, client credentials): the realm's
 * organisations with their attributes, their members, each member's realm roles, and creating an organisation (for an
 * import of organisations: {@link #ensureOrganisation}). Plain {@code java.net.http} and Jackson; every failure is a
 * {@link KeycloakAdminException} saying what to check.
 * <p>
 * The client's service account needs the realm-management roles {@code manage-realm} (Keycloak 26.5 guards every
 * Organizations admin endpoint, reading included, with it) and {@code view-users} (members' role mappings); see
 * docs/adr/0048.
 */
@Component
public class KeycloakAdminClient {

    static final int PAGE_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OidcSettings oidc;
    private final DirectorySyncSettings settings;
    private final HttpClient http;
    private final KeycloakAdminToken tokens;

    KeycloakAdminClient(OidcSettings oidc, DirectorySyncSettings settings, Clock clock) {
        this.oidc = oidc;
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.tokens = new KeycloakAdminToken(oidc, settings, clock, this::call);
    }

    /** Whether a client secret is set, so that the API can be used at all. */
    public boolean isConfigured() {
        return settings.enabled();
    }

    /**
     * The Keycloak id of the organisation with this ODS code ({@code ods_code} attribute), creating it when the realm
     * has none: name, alias (the ODS code in lower case) and the attributes the portal reads from tokens
     * ({@code ods_code}, {@code display_name}, {@code org_type}, {@code region}, {@code parent_icb}; docs/adr/0003).
     *
     * @throws KeycloakAdminException when the API is not configured or Keycloak refuses (for example another
     *                                organisation already has that name)
     */
    public String ensureOrganisation(OrganisationDetails details) {
        Optional<String> existing = findOrganisation(details.odsCode());
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("name", details.name());
        body.put("alias", details.odsCode().toLowerCase(Locale.ROOT));
        body.put("enabled", true);
        ObjectNode attributes = body.putObject("attributes");
        attributes.putArray(TokenClaims.ODS_CODE).add(details.odsCode());
        attributes.putArray(TokenClaims.DISPLAY_NAME).add(details.name());
        if (details.type() != null) {
            attributes.putArray(TokenClaims.ORG_TYPE).add(details.type().code());
        }
        if (details.region() != null) {
            attributes.putArray(TokenClaims.REGION).add(details.region().code());
        }
        if (details.parentIcbOdsCode() != null) {
            attributes.putArray(TokenClaims.PARENT_ICB).add(details.parentIcbOdsCode());
        }
        body.putArray("domains");
        HttpResponse<String> response = send("POST", "/organizations", body.toString());
        if (response.statusCode() != 201) {
            throw refused("create the organisation " + details.odsCode(), response);
        }
        String location = response.headers().firstValue("Location").orElse("");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * Makes the user (their Keycloak id, the {@code sub} of their tokens) a member of the organisation, so their next
     * token carries it; someone who already is a member stays one. Returns whether they became one now.
     */
    public boolean addMember(String organisationId, String userId) {
        HttpResponse<String> response = send("POST", "/organizations/" + encode(organisationId) + "/members",
                JSON.getNodeFactory().textNode(userId).toString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw refused("add a member to the organisation " + organisationId, response);
        }
        return response.statusCode() == 201;
    }

    /** Takes the user out of the organisation (nothing happens when they were not in it). */
    public void removeMember(String organisationId, String userId) {
        HttpResponse<String> response = send("DELETE", "/organizations/" + encode(organisationId) + "/members/"
                + encode(userId), null);
        if (response.statusCode() != 204 && response.statusCode() != 404) {
            throw refused("take a member out of the organisation " + organisationId, response);
        }
    }

    /** The Keycloak id of the organisation whose {@code ods_code} attribute is this code, if the realm has one. */
    public Optional<String> findOrganisation(String odsCode) {
        String code = odsCode.strip().toUpperCase(Locale.ROOT);
        for (JsonNode organisation : read("/organizations?briefRepresentation=false&exact=true&q="
                + encode(TokenClaims.ODS_CODE + ":" + code) + "&first=0&max=" + PAGE_SIZE)) {
            if (code.equalsIgnoreCase(first(organisation.path("attributes"), TokenClaims.ODS_CODE))) {
                return Optional.of(organisation.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** Every organisation of the realm, with its attributes. */
    List<KeycloakOrganisation> organisations() {
        List<KeycloakOrganisation> found = new ArrayList<>();
        for (JsonNode node : pages("/organizations?briefRepresentation=false")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            node.path("attributes").properties().forEach(e -> attributes.put(e.getKey(),
                    first(node.path("attributes"), e.getKey())));
            found.add(new KeycloakOrganisation(node.path("id").asText(), text(node, "name"), text(node, "alias"),
                    attributes));
        }
        return found;
    }

    /** Every member of the organisation. */
    List<KeycloakUser> members(String organisationId) {
        List<KeycloakUser> found = new ArrayList<>();
        for (JsonNode node : pages("/organizations/" + encode(organisationId) + "/members?briefRepresentation=false")) {
            found.add(new KeycloakUser(node.path("id").asText(), text(node, "username"), text(node, "firstName"),
                    text(node, "lastName"), text(node, "email"), node.path("enabled").asBoolean(true)));
        }
        return found;
    }

    /** The user's effective realm roles: assigned directly, through composite roles, groups and the defaults. */
    Set<String> realmRoles(String userId) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode role : read("/users/" + encode(userId) + "/role-mappings/realm/composite")) {
            roles.add(role.path("name").asText());
        }
        return roles;
    }

    /** An organisation as the admin API gives it; attributes with their first value. */
    record KeycloakOrganisation(String id, String name, String alias, Map<String, String> attributes) {
    }

    /** A member of an organisation as the admin API gives them. */
    record KeycloakUser(String id, String username, String firstName, String lastName, String email,
            boolean enabled) {
    }

    // ------------------------------------------------------------------------------------------------------ HTTP

    private List<JsonNode> pages(String path) {
        List<JsonNode> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE_SIZE) {
            ArrayNode page = read(path + (path.contains("?") ? "&" : "?") + "first=" + first + "&max=" + PAGE_SIZE);
            page.forEach(all::add);
            if (page.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    private ArrayNode read(String path) {
        HttpResponse<String> response = send("GET", path, null);
        if (response.statusCode() != 200) {
            throw refused("read " + path.replaceAll("\\?.*", ""), response);
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body instanceof ArrayNode array) {
                return array;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new KeycloakAdminException("Keycloak answered " + path.replaceAll("\\?.*", "")
                + " with something that is not a list; is lessons.oidc.issuer a Keycloak realm?");
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpResponse<String> response = exchange(method, path, json, tokens.get(false));
        if (response.statusCode() == 401) {
            // the token may have expired early (Keycloak restarted, session limits): once more with a new one
            response = exchange(method, path, json, tokens.get(true));
        }
        return response;
    }

    private HttpResponse<String> exchange(String method, String path, String json, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase() + path))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return call(request.build());
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeycloakAdminException("Keycloak could not be reached at " + request.uri().getHost() + ":"
                    + request.uri().getPort() + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakAdminException("Interrupted while waiting for Keycloak", e);
        }
    }

    private KeycloakAdminException refused(String what, HttpResponse<String> response) {
        String hint = switch (response.statusCode()) {
            case 403 -> ": the directory client's service account lacks a realm-management role (it needs "
                    + "manage-realm and view-users)";
            case 404 -> ": is Organizations turned on in the realm?";
            case 409 -> ": " + response.body();
            default -> "";
        };
        return new KeycloakAdminException("Keycloak did not let the portal " + what + " (HTTP "
                + response.statusCode() + ")" + hint);
    }

    /** {@code http://host/admin/realms/lessons} for the issuer {@code http://host/realms/lessons}. */
    String adminBase() {
        String issuer = oidc.issuer();
        int realms = issuer.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new KeycloakAdminException("lessons.oidc.issuer (" + issuer + ") is not a Keycloak realm's "
                    + "address (…/realms/<name>)");
        }
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }

    private static String first(JsonNode attributes, String name) {
        JsonNode value = attributes.path(name);
        JsonNode single = value.isArray() ? value.path(0) : value;
        return single.isMissingNode() || single.isNull() || single.asText().isBlank() ? null
                : single.asText().strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
