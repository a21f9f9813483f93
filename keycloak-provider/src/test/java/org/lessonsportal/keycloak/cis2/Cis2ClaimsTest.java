package org.lessonsportal.keycloak.cis2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * CIS2's claims in the shapes CIS2 sends them (userinfo with {@code nhsid_nrbac_roles} and {@code nhsid_user_orgs},
 * an ID token with {@code selected_roleid} and {@code acr}; fictional people, ids and ODS codes), and what is made of
 * missing or garbled ones.
 */
class Cis2ClaimsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode resource(String name) throws IOException {
        try (InputStream in = Cis2ClaimsTest.class.getResourceAsStream("/cis2/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void severalRolesAtTwoOrganisationsAndTheSelectedOne() throws IOException {
        Cis2Claims claims = Cis2Claims.read(resource("id-token-two-organisations.json"),
                resource("userinfo-two-organisations.json"));

        assertThat(claims.roles()).containsExactly(
                new Cis2Role("910000000301", "ZZ2", "\"Clinical\":\"Clinical Provision\":\"Nurse Access Role\"",
                        "S8000:G8000:R8001"),
                new Cis2Role("910000000302", "ZZ3",
                        "\"Clinical\":\"Clinical Provision\":\"Clinical Practitioner Access Role\"", "S8000:G8000:R8000"),
                new Cis2Role("910000000303", "ZZ3",
                        "\"Clinical\":\"Clinical Provision\":\"Health Professional Access Role\"", "S8000:G8000:R8003"));
        assertThat(claims.roleOrgCodes()).containsExactly("ZZ2", "ZZ3");
        assertThat(claims.selectedRole()).map(Cis2Role::orgCode).contains("ZZ3");
        assertThat(claims.acr()).contains("AAL3_ANY");
        assertThat(claims.organisationName("ZZ2")).isEqualTo("RIVERSIDE COMMUNITY HEALTH NHS TRUST");
        assertThat(claims.organisationName("ZZ9")).isEqualTo("ZZ9");
        assertThat(claims.problems()).isEmpty();
    }

    @Test
    void theSelectedRoleDecidesTheOrganisationWhateverTheOrderOfTheRoles() throws IOException {
        ObjectNode idToken = resource("id-token-two-organisations.json");
        idToken.put("selected_roleid", "910000000301");

        Cis2Claims claims = Cis2Claims.read(idToken, resource("userinfo-two-organisations.json"));

        assertThat(claims.selectedRole()).map(Cis2Role::orgCode).contains("ZZ2");
    }

    @Test
    void theSelectedRoleMayComeFromUserInfoWhenTheIdTokenHasNone() throws IOException {
        ObjectNode idToken = resource("id-token-two-organisations.json");
        idToken.remove("selected_roleid");
        ObjectNode userInfo = resource("userinfo-two-organisations.json");
        userInfo.put("selected_roleid", "910000000303");

        assertThat(Cis2Claims.read(idToken, userInfo).selectedRole()).map(Cis2Role::personRoleId)
                .contains("910000000303");
    }

    @Test
    void aSelectedRoleTheRolesDoNotHoldSelectsNothing() throws IOException {
        ObjectNode idToken = resource("id-token-two-organisations.json");
        idToken.put("selected_roleid", "999999999999");

        Cis2Claims claims = Cis2Claims.read(idToken, resource("userinfo-two-organisations.json"));

        assertThat(claims.selectedRole()).isEmpty();
        assertThat(claims.selectedRoleId()).contains("999999999999");
        assertThat(claims.roleOrgCodes()).containsExactly("ZZ2", "ZZ3");
    }

    @Test
    void noUserInfoAndNoIdTokenMeanNoRolesNoSelectionNoAssurance() {
        Cis2Claims claims = Cis2Claims.read(null, null);

        assertThat(claims.roles()).isEmpty();
        assertThat(claims.selectedRole()).isEmpty();
        assertThat(claims.acr()).isEmpty();
        assertThat(claims.problems()).isEmpty();
    }

    @Test
    void garbledRoleEntriesAreLeftOutAndTheRestKept() throws IOException {
        JsonNode userInfo = json("{'nhsid_nrbac_roles': ["
                + "'not an object',"
                + "{'org_code': 'ZZ1', 'role_name': 'no role id'},"
                + "{'person_roleid': '910000000401', 'role_name': 'no organisation'},"
                + "{'person_roleid': '910000000402', 'org_code': 'ZZ 1; DROP TABLE'},"
                + "{'person_roleid': '910000000403', 'org_code': '  zz1 ', 'role_code': 'S0080:G0450:R5080'},"
                + "{'person_roleid': '', 'org_code': 'ZZ2'}]}");

        Cis2Claims claims = Cis2Claims.read(json("{'selected_roleid': '910000000403', 'acr': 'AAL3_ANY'}"),
                userInfo);

        assertThat(claims.roles()).containsExactly(new Cis2Role("910000000403", "ZZ1", null, "S0080:G0450:R5080"));
        assertThat(claims.selectedRole()).map(Cis2Role::orgCode).contains("ZZ1");
        assertThat(claims.problems()).containsExactly(
                "nhsid_nrbac_roles entry 1 is not an object: left out",
                "nhsid_nrbac_roles entry 2 has no person_roleid: left out",
                "nhsid_nrbac_roles entry 3 has no org_code: left out",
                "nhsid_nrbac_roles entry 4 has an org_code that is not an ODS code: ZZ 1; DROP TABLE: left out",
                "nhsid_nrbac_roles entry 6 has no person_roleid: left out");
    }

    @Test
    void rolesSentAsTextHoldingJsonOrAsOneObjectAreRead() throws IOException {
        String role = "{'person_roleid': '910000000501', 'org_code': 'QZZ', 'role_name': 'Manager'}";
        Cis2Claims asText = Cis2Claims.read(null, JSON.createObjectNode().put("nhsid_nrbac_roles",
                "[" + role.replace('\'', '"') + "]"));
        Cis2Claims asObject = Cis2Claims.read(null, json("{'nhsid_nrbac_roles': " + role + "}"));

        assertThat(asText.roleOrgCodes()).containsExactly("QZZ");
        assertThat(asObject.roleOrgCodes()).containsExactly("QZZ");
    }

    @Test
    void claimsOfTheWrongKindAreLeftOutWithAReason() throws IOException {
        Cis2Claims claims = Cis2Claims.read(json("{'acr': ['AAL3_ANY'], 'selected_roleid': {'id': 1}}"),
                json("{'nhsid_nrbac_roles': 42, 'nhsid_user_orgs': 'not json ['}"));

        assertThat(claims.roles()).isEmpty();
        assertThat(claims.acr()).as("an acr that is not a single value is no acr").isEmpty();
        assertThat(claims.selectedRoleId()).isEmpty();
        assertThat(claims.problems()).containsExactly("nhsid_nrbac_roles is neither a list nor an object: left out",
                "nhsid_user_orgs is text that is not JSON: left out");
    }

    @Test
    void numericRoleIdsAreReadAsText() throws IOException {
        Cis2Claims claims = Cis2Claims.read(json("{'selected_roleid': 910000000601}"),
                json("{'nhsid_nrbac_roles': [{'person_roleid': 910000000601, 'org_code': 'ZZ3'}]}"));

        assertThat(claims.selectedRole()).map(Cis2Role::orgCode).contains("ZZ3");
    }
}
