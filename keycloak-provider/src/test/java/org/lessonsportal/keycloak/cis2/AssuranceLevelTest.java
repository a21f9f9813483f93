package org.lessonsportal.keycloak.cis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** CIS2's acr values against the level the portal requires. */
class AssuranceLevelTest {

    @Test
    void eachValueGuaranteesTheLevelItNamesFirst() {
        assertThat(AssuranceLevel.of("AAL3_ANY")).hasValue(3);
        assertThat(AssuranceLevel.of("AAL3_CIS2_SMARTCARD")).hasValue(3);
        assertThat(AssuranceLevel.of("AAL2_OR_AAL3_ANY")).hasValue(2);
        assertThat(AssuranceLevel.of("AAL2_TOTP")).hasValue(2);
        assertThat(AssuranceLevel.of("AAL1_USERPASS")).hasValue(1);
        assertThat(AssuranceLevel.of(" aal3_any ")).hasValue(3);
    }

    @Test
    void anythingElseIsNoLevel() {
        for (String value : new String[] {null, "", "3", "1", "AAL4_ANY", "AAL0", "urn:mace:incommon:iap:silver",
                "AAL3 ANY", "XAAL3_ANY"}) {
            assertThat(AssuranceLevel.of(value)).as(String.valueOf(value)).isEqualTo(OptionalInt.empty());
        }
    }

    @Test
    void aSignInMeetsTheRequiredLevelOrAHigherOne() {
        assertThat(AssuranceLevel.meets("AAL3_ANY", "AAL3_ANY")).isTrue();
        assertThat(AssuranceLevel.meets("AAL3_FIDO2", "AAL3_ANY")).isTrue();
        assertThat(AssuranceLevel.meets("AAL3_ANY", "AAL2_OR_AAL3_ANY")).isTrue();
        assertThat(AssuranceLevel.meets("AAL2_OR_AAL3_ANY", "AAL2_ANY")).isTrue();
    }

    @Test
    void aLowerLevelOrNoneAtAllDoesNot() {
        assertThat(AssuranceLevel.meets("AAL2_ANY", "AAL3_ANY")).isFalse();
        assertThat(AssuranceLevel.meets("AAL2_OR_AAL3_ANY", "AAL3_ANY"))
                .as("at least 2 is not 3").isFalse();
        assertThat(AssuranceLevel.meets("AAL1_USERPASS", "AAL2_OR_AAL3_ANY")).isFalse();
        assertThat(AssuranceLevel.meets(null, "AAL1_USERPASS")).isFalse();
        assertThat(AssuranceLevel.meets("1", "AAL1_USERPASS")).isFalse();
    }

    @Test
    void aRequiredLevelThatIsNoLevelIsAMistake() {
        assertThatThrownBy(() -> AssuranceLevel.meets("AAL3_ANY", "high"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'high'");
    }
}
