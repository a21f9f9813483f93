package org.lessonsportal.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * What an administrator does in the test Keycloak, through its admin REST API as the master realm's bootstrap
 * administrator ({@link KeycloakServer#ADMIN_USERNAME}): take a realm role from a person or give it back, see whether
 * an account exists, end a person's newest session (which sends the back-channel logout to the portal), add and
 * remove people and identity providers, and let a second portal sign people in.
 */
@RequiredArgsConstructor
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newHttpClient();

    public void removeRealmRole(String username, String role) {
        roleMapping(username, role, "DELETE");
    }

    public void addRealmRole(String username, String role) {
        roleMapping(username, role, "POST");
    }

    /** Whether the realm has an account with this user name (e.g. made at a first sign-in through a broker). */
    public boolean hasUser(String username) {
        List<Map<String, Object>> users = read(send("GET", "/users?exact=true&username=" + encode(username), null,
                200));
        return !users.isEmpty();
    }

    /** Deletes the realm's organisation with this ODS code ({@code ods_code} attribute), if it has one. */
    public void removeOrganisation(String odsCode) {
        List<Map<String, Object>> found = read(send("GET", "/organizations?briefRepresentation=false&exact=true&q="
                + encode("ods_code:" + odsCode), null, 200));
        for (Map<String, Object> organisation : found) {
            send("DELETE", "/organizations/" + organisation.get("id"), null, 204);
        }
    }

    /**
     * Ends the person's newest Keycloak session, as "Sign out" on that session's row of the admin console's Sessions
     * tab does; Keycloak sends that session's back-channel logout to the portal. (Ending all of a person's sessions at
     * once sends the back-channel logout for only one of them when there are several: the role refresh ends the
     * others' portal sessions, docs/adr/0039.)
     */
    public void signOutNewestSession(String username) {
        List<Map<String, Object>> sessions = read(send("GET", "/users/" + userId(username) + "/sessions", null, 200));
        Map<String, Object> newest = sessions.stream()
                .max(java.util.Comparator.comparingLong(s -> ((Number) s.get("start")).longValue()))
                .orElseThrow(() -> new IllegalStateException(username + " has no Keycloak session"));
        send("DELETE", "/sessions/" + newest.get("id"), null, 204);
    }

    /**
     * Lets the portal's client sign people in to a portal at another address too (a test with a portal of its own,
     * on a port of its own): adds {@code <portalUrl>/*} to the client's redirect URIs.
     */
    public void allowPortalAt(String portalUrl) {
        String found = send("GET", "/clients?clientId=" + encode(KeycloakServer.PORTAL_CLIENT_ID), null, 200);
        List<Map<String, Object>> clients = read(found);
        Map<String, Object> client = clients.get(0);
        @SuppressWarnings("unchecked")
        List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
        if (!redirects.contains(portalUrl + "/*")) {
            redirects.add(portalUrl + "/*");
            client.put("redirectUris", redirects);
            try {
                send("PUT", "/clients/" + client.get("id"), JSON.writeValueAsString(client), 204);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void roleMapping(String username, String role, String method) {
        String representation = send("GET", "/roles/" + encode(role), null, 200);
        send(method, "/users/" + userId(username) + "/role-mappings/realm", "[" + representation + "]", 204);
    }

    private String userId(String username) {
        String found = send("GET", "/users?exact=true&username=" + encode(username), null, 200);
        List<Map<String, Object>> users = read(found);
        if (users.size() != 1) {
            throw new IllegalStateException("No single user " + username + " in the test realm: " + found);
        }
        return (String) users.get(0).get("id");
    }

    /**
     * Adds an OpenID Connect identity provider that leads nowhere (its endpoints are a closed local port), so that the
     * sign-in page lists it; false if the realm already has one with this alias (then it is left as it is).
     */
    public boolean addIdentityProvider(String alias, String displayName) {
        if (call("GET", "/identity-provider/instances/" + encode(alias), null).statusCode() == 200) {
            return false;
        }
        send("POST", "/identity-provider/instances", "{\"alias\":\"" + alias + "\",\"displayName\":\"" + displayName
                + "\",\"providerId\":\"oidc\",\"enabled\":true,\"config\":{"
                + "\"authorizationUrl\":\"http://127.0.0.1:9/authorize\",\"tokenUrl\":\"http://127.0.0.1:9/token\","
                + "\"clientId\":\"nowhere\",\"clientSecret\":\"nowhere\",\"clientAuthMethod\":\"client_secret_post\"}}", 201);
        return true;
    }

    public void removeIdentityProvider(String alias) {
        send("DELETE", "/identity-provider/instances/" + encode(alias), null, 204);
    }

    /** A person of no organisation with a password, e.g. to lock their account without locking a demo person's. */
    public void addUser(String username, String password) {
        send("POST", "/users", "{\"username\":\"" + username + "\",\"enabled\":true,\"email\":\"" + username
                + "@example.org\",\"firstName\":\"Test\",\"lastName\":\"Person\",\"credentials\":[{\"type\":\"password\","
                + "\"value\":\"" + password + "\",\"temporary\":false}]}", 201);
    }

    public void removeUser(String username) {
        send("DELETE", "/users/" + userId(username), null, 204);
    }

    private String send(String method, String path, String body, int expected) {
        HttpResponse<String> response = call(method, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/"
                        + KeycloakServer.REALM + path))
                .header("Authorization", "Bearer " + token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    private String token() {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(KeycloakServer.ADMIN_USERNAME)
                + "&password=" + encode(KeycloakServer.ADMIN_PASSWORD);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Admin token: HTTP " + response.statusCode() + " " + response.body());
        }
        Map<String, Object> tokens = read(response.body());
        return (String) tokens.get("access_token");
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak admin API: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static <T> T read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<T>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
