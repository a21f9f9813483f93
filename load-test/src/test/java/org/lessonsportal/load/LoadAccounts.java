package org.lessonsportal.load;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People for a load test, made in the local Keycloak's demo realm through its admin REST API (as the bootstrap
 * administrator {@code ./portal run} sets up) and deleted afterwards: a prefix numbered 1 to N ({@code load-user-}
 * for the sign-ins), members of the demo organisations ZZ1 to ZZ3 in turn, with the realm roles asked for
 * (contributor; reviewer too for the reviewers). Many people rather than the demo's seven: Keycloak's brute-force
 * protection locks an account that signs in again within a second, as one person never does.
 */
final class LoadAccounts {

    static final String PASSWORD = "load-test-only";
    private static final String[] ORGANISATIONS = {"ZZ1", "ZZ2", "ZZ3"};

    private final String keycloak = System.getProperty("load.keycloak-url", "http://127.0.0.1:8180");
    private final String admin = System.getProperty("load.keycloak-admin", "admin");
    private final String adminPassword = System.getProperty("load.keycloak-admin-password", "admin");
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    /** Makes the accounts that do not exist yet; returns their user names and password, as a Gatling feeder's rows. */
    List<Map<String, Object>> create(int count) {
        return create("load-user-", count, "contributor");
    }

    /**
     * Makes {@code prefix1} to {@code prefixN} with these realm roles where they do not exist yet; returns their user
     * names and password, as a Gatling feeder's rows.
     */
    List<Map<String, Object>> create(String prefix, int count, String... roles) {
        token = adminToken();
        List<String> roleJson = new ArrayList<>();
        for (String role : roles) {
            roleJson.add(send("GET", "/roles/" + role, null, 200));
        }
        List<String> organisationIds = new ArrayList<>();
        for (String ods : ORGANISATIONS) {
            String found = send("GET", "/organizations?exact=true&q=" + encode("ods_code:" + ods), null, 200);
            organisationIds.add(first("\"id\"\\s*:\\s*\"([^\"]+)\"", found));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = prefix + i;
            rows.add(Map.of("username", username, "password", PASSWORD));
            if (userId(username) != null) {
                continue;
            }
            send("POST", "/users", "{\"username\":\"" + username + "\",\"enabled\":true,\"email\":\"" + username
                    + "@load-test.example\",\"emailVerified\":true,\"firstName\":\"Load\",\"lastName\":\"User " + i
                    + "\",\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD
                    + "\",\"temporary\":false}]}", 201);
            String id = userId(username);
            send("POST", "/users/" + id + "/role-mappings/realm", "[" + String.join(",", roleJson) + "]", 204);
            send("POST", "/organizations/" + organisationIds.get(i % ORGANISATIONS.length) + "/members",
                    "\"" + id + "\"", 201);
        }
        return rows;
    }

    /** Deletes the accounts {@link #create} made (and any left by an earlier run). */
    void delete(int count) {
        delete("load-user-", count);
    }

    /** Deletes {@code prefix1} to {@code prefixN} where they exist. */
    void delete(String prefix, int count) {
        token = adminToken();
        for (int i = 1; i <= count; i++) {
            String id = userId(prefix + i);
            if (id != null) {
                send("DELETE", "/users/" + id, null, 204);
            }
        }
    }

    private String userId(String username) {
        String found = send("GET", "/users?exact=true&username=" + encode(username), null, 200);
        return found.contains("\"id\"") ? first("\"id\"\\s*:\\s*\"([^\"]+)\"", found) : null;
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(admin) + "&password="
                + encode(adminPassword);
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's administrator could not sign in at " + keycloak + ": HTTP "
                    + response.statusCode() + " (is ./portal run running, with its bootstrap administrator?)");
        }
        return first("\"access_token\"\\s*:\\s*\"([^\"]+)\"", response.body());
    }

    private String send(String method, String path, String body, int expected) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/lessons"
                        + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak cannot be reached at " + keycloak, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found in Keycloak's answer: " + regex);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
