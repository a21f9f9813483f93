package org.lessonsportal.keycloak.cis2;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CIS2's authentication assurance levels as the {@code acr} values name them: {@code AAL3_ANY} (smartcard, security
 * key, Windows Hello for Business and the like), {@code AAL2_OR_AAL3_ANY} (at least level 2), {@code AAL2_ANY},
 * {@code AAL1_USERPASS}, and method-specific values such as {@code AAL3_CIS2_SMARTCARD} or {@code AAL2_TOTP}. A value
 * guarantees the level of its first {@code AALn}: {@code AAL2_OR_AAL3_ANY} guarantees 2.
 */
final class AssuranceLevel {

    /** What the portal asks for unless configured otherwise. */
    static final String DEFAULT_REQUIRED = "AAL3_ANY";

    private static final Pattern LEVEL = Pattern.compile("AAL([1-3])(?:_[A-Z0-9_]+)?");

    private AssuranceLevel() {
    }

    /** The level an {@code acr} value guarantees; empty for anything that is not a CIS2 assurance value. */
    static OptionalInt of(String acr) {
        if (acr == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = LEVEL.matcher(acr.trim().toUpperCase(Locale.ROOT));
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** Whether a sign-in that reached {@code acr} meets {@code required}; a missing or unknown value never does. */
    static boolean meets(String acr, String required) {
        int needed = of(required).orElseThrow(() -> new IllegalArgumentException(
                "'" + required + "' is not an assurance level such as AAL3_ANY or AAL2_OR_AAL3_ANY"));
        OptionalInt reached = of(acr);
        return reached.isPresent() && reached.getAsInt() >= needed;
    }
}
