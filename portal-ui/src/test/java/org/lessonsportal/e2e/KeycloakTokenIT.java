package org.lessonsportal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.e2e.support.KeycloakServer.LoginRefusedException;
import org.lessonsportal.e2e.support.KeycloakServer.TokenResponse;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tokens of the real Keycloak with the demo realm carry what the portal relies on.
 *
 * <p>The {@code organization} claim observed with Keycloak 26.5.6 (ID token, access token and userinfo alike) for
 * alice. The key is the organisation's ALIAS, not its name; the attributes are lists of strings; {@code id} is added
 * by the client's membership mapper ({@code addOrganizationId}). The claim is a LIST: the built-in
 * {@code organization} client scope's own mapper contributes the alias as a plain string, the client's mapper
 * (multivalued, JSON, attributes and id on) contributes the object, and Keycloak merges both into one array:
 * <pre>
 * "organization": [
 *   "zz1",
 *   {
 *     "zz1": {
 *       "id": "57b5b911-0a3a-4fb8-9e93-f1d53b569839",
 *       "ods_code": ["ZZ1"],
 *       "org_type": ["acute"],
 *       "region": ["north-west"],
 *       "display_name": ["Northshire Hospitals NHS Foundation Trust"],
 *       "parent_icb": ["QZZ"]
 *     }
 *   }
 * ]
 * </pre>
 * The organisation's name is not sent by any built-in mapper setting, hence the {@code display_name} attribute.
 * A user without an organisation (nora) gets no {@code organization} claim at all.
 */
class KeycloakTokenIT {

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.shared(KeycloakServer.portalPortForThisJvm());
    }

    @Test
    void aliceIsAContributorOfNorthshireHospitals() {
        TokenResponse tokens = keycloak.authorizationCodeLogin("alice", "demo");
        Map<String, Object> id = tokens.idTokenClaims();

        assertThat(id).containsEntry("iss", keycloak.issuerUri())
                .containsEntry("aud", "lessons-portal")
                .containsEntry("preferred_username", "alice")
                .containsEntry("name", "Alice Author")
                .containsEntry("given_name", "Alice")
                .containsEntry("family_name", "Author")
                .containsEntry("email", "alice@northshire-hospitals.example")
                .containsEntry("email_verified", true)
                .containsKey("sub");
        assertThat(roles(id)).contains("contributor").doesNotContain("reviewer", "publisher", "admin");

        Map<String, Object> org = onlyOrganisation(id, "zz1");
        assertThat(org).containsEntry("ods_code", List.of("ZZ1"))
                .containsEntry("org_type", List.of("acute"))
                .containsEntry("region", List.of("north-west"))
                .containsEntry("display_name", List.of("Northshire Hospitals NHS Foundation Trust"))
                .containsEntry("parent_icb", List.of("QZZ"));
        String orgId = (String) org.get("id");
        assertThat(UUID.fromString(orgId)).isNotNull();

        Map<String, Object> access = tokens.accessTokenClaims();
        assertThat(access).containsEntry("preferred_username", "alice").containsEntry("azp", "lessons-portal");
        assertThat(roles(access)).containsExactly("contributor");
        assertThat(onlyOrganisation(access, "zz1")).containsEntry("id", orgId).containsEntry("ods_code", List.of("ZZ1"));

        Map<String, Object> userInfo = keycloak.userInfo(tokens.accessToken());
        assertThat(userInfo).containsEntry("preferred_username", "alice").containsEntry("name", "Alice Author");
        assertThat(roles(userInfo)).containsExactly("contributor");
        assertThat(onlyOrganisation(userInfo, "zz1")).containsEntry("id", orgId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void organisationClaimIsTheAliasListMergedWithTheMapperObject() {
        Map<String, Object> id = keycloak.signInAndGetIdTokenClaims("rita", "demo");

        assertThat(id.get("organization")).isInstanceOf(List.class);
        List<Object> claim = (List<Object>) id.get("organization");
        assertThat(claim).hasSize(2).contains("zz1");
        Map<String, Object> details = (Map<String, Object>) claim.stream()
                .filter(Map.class::isInstance).findFirst().orElseThrow();
        assertThat(details).containsOnlyKeys("zz1");
        assertThat((Map<String, Object>) details.get("zz1"))
                .containsOnlyKeys("id", "ods_code", "org_type", "region", "display_name", "parent_icb");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alice | Alice Author    | contributor          | zz1 | ZZ1 | Northshire Hospitals NHS Foundation Trust
            rita  | Rita Reviewer   | contributor reviewer | zz1 | ZZ1 | Northshire Hospitals NHS Foundation Trust
            bob   | Bob Reviewer    | contributor reviewer | zz2 | ZZ2 | Riverside Community Health NHS Trust
            carol | Carol Reviewer  | contributor reviewer | zz3 | ZZ3 | Oakfield Medical Practice
            pat   | Pat Publisher   | contributor publisher| qzz | QZZ | Northshire and Dale Integrated Care Board
            adam  | Adam Admin      | admin                | qzz | QZZ | Northshire and Dale Integrated Care Board
            """)
    void everyDemoUserHasTheirRolesAndOrganisation(String username, String name, String roles, String alias,
                                                    String odsCode, String orgName) {
        Map<String, Object> id = keycloak.signInAndGetIdTokenClaims(username, "demo");

        assertThat(id).containsEntry("preferred_username", username).containsEntry("name", name);
        assertThat(roles(id)).containsExactlyInAnyOrder(roles.trim().split("\\s+"));
        assertThat(onlyOrganisation(id, alias)).containsEntry("ods_code", List.of(odsCode))
                .containsEntry("display_name", List.of(orgName))
                .containsKey("id");
    }

    @Test
    void bobIsAReviewerAtRiverside() {
        TokenResponse tokens = keycloak.authorizationCodeLogin("bob", "demo");

        assertThat(tokens.idTokenClaims()).containsEntry("preferred_username", "bob")
                .containsEntry("name", "Bob Reviewer")
                .containsEntry("email", "bob@riverside-community.example");
        assertThat(roles(tokens.idTokenClaims())).contains("contributor", "reviewer").doesNotContain("publisher");
        assertThat(onlyOrganisation(tokens.idTokenClaims(), "zz2")).containsEntry("ods_code", List.of("ZZ2"))
                .containsEntry("org_type", List.of("community"))
                .containsEntry("region", List.of("midlands"))
                .doesNotContainKey("parent_icb");
        assertThat(roles(tokens.accessTokenClaims())).contains("reviewer");
    }

    @Test
    void daveBelongsToRiversideAndOakfieldAndTheTokenSaysSo() {
        Map<String, Object> id = keycloak.signInAndGetIdTokenClaims("dave", "demo");

        assertThat(id).containsEntry("preferred_username", "dave").containsEntry("name", "Dave Reviewer");
        assertThat(roles(id)).containsExactlyInAnyOrder("contributor", "reviewer");
        Map<String, Map<String, Object>> organisations = organisations(id);
        assertThat(organisations).as("organisations in %s", id.get("organization")).containsOnlyKeys("zz2", "zz3");
        assertThat(organisations.get("zz2")).containsEntry("ods_code", List.of("ZZ2"));
        assertThat(organisations.get("zz3")).containsEntry("ods_code", List.of("ZZ3"));
    }

    @Test
    void noraHasNoOrganisation() {
        TokenResponse tokens = keycloak.authorizationCodeLogin("nora", "demo");

        assertThat(tokens.idTokenClaims()).containsEntry("preferred_username", "nora")
                .containsEntry("name", "Nora Noorg");
        assertThat(roles(tokens.idTokenClaims())).containsExactly("contributor");
        assertThat(organisations(tokens.idTokenClaims())).isEmpty();
        assertThat(organisations(tokens.accessTokenClaims())).isEmpty();
        assertThat(organisations(keycloak.userInfo(tokens.accessToken()))).isEmpty();
    }

    @Test
    void apiDemoClientGetsApiRolesByClientCredentials() {
        TokenResponse tokens = keycloak.clientCredentials(KeycloakServer.API_CLIENT_ID, KeycloakServer.API_CLIENT_SECRET);

        assertThat(tokens.idToken()).isNull();
        assertThat(tokens.accessTokenClaims()).containsEntry("iss", keycloak.issuerUri())
                .containsEntry("azp", "lessons-api-demo")
                .containsEntry("preferred_username", "service-account-lessons-api-demo");
        assertThat(roles(tokens.accessTokenClaims())).containsExactlyInAnyOrder("api-read", "api-import");
        assertThat(audiences(tokens.accessTokenClaims())).as("the audience mapper names the API")
                .contains("lessons-portal-api");
    }

    @Test
    void aPersonsTokenIsNotMeantForTheApi() {
        TokenResponse tokens = keycloak.authorizationCodeLogin("adam", "demo");

        assertThat(tokens.accessTokenClaims()).containsEntry("azp", KeycloakServer.PORTAL_CLIENT_ID);
        assertThat(audiences(tokens.accessTokenClaims())).doesNotContain("lessons-portal-api");
    }

    /** {@code aud} is a string when there is one audience, a list when there are several. */
    private static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(aud.toString());
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> keycloak.authorizationCodeLogin("nora", "not-the-password"))
                .isInstanceOf(LoginRefusedException.class)
                .hasMessageContaining("password is not right");
    }

    @Test
    void redirectToAnotherPortalPortIsRefused() throws Exception {
        int otherPort = keycloak.portalPort() == 65535 ? 65534 : keycloak.portalPort() + 1;

        assertThat(authorizationRequestStatus("http://localhost:" + keycloak.portalPort() + "/login/oauth2/code/keycloak"))
                .isEqualTo(200);
        assertThat(authorizationRequestStatus("http://localhost:" + otherPort + "/login/oauth2/code/keycloak"))
                .isEqualTo(400);
        assertThat(authorizationRequestStatus("http://127.0.0.1:" + keycloak.portalPort() + "/login/oauth2/code/keycloak"))
                .as("the realm knows the portal as localhost, not 127.0.0.1")
                .isEqualTo(400);
    }

    // -------------------------------------------------------------------------------------------------------------

    private int authorizationRequestStatus(String redirectUri) throws Exception {
        String query = "response_type=code&client_id=lessons-portal&scope=openid"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&state=s&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.authorizationEndpoint() + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> claims) {
        assertThat(claims.get("roles")).as("roles claim").isInstanceOf(List.class);
        return (List<String>) claims.get("roles");
    }

    /**
     * Alias to details, from either shape of the {@code organization} claim: the object the membership mapper writes
     * alone, or the list Keycloak makes when the built-in scope's mapper adds the bare aliases.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> organisations(Map<String, Object> claims) {
        Object claim = claims.get("organization");
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        if (claim instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put((String) k, (Map<String, Object>) v));
        } else if (claim instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> result.put((String) k, (Map<String, Object>) v));
                } else if (element instanceof String alias) {
                    result.putIfAbsent(alias, Map.of());
                }
            }
        }
        return result;
    }

    private static Map<String, Object> onlyOrganisation(Map<String, Object> claims, String alias) {
        Map<String, Map<String, Object>> organisations = organisations(claims);
        assertThat(organisations).as("organisations in %s", claims.get("organization")).containsOnlyKeys(alias);
        return organisations.get(alias);
    }
}
