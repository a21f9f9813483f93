package org.lessonsportal.identity;

/** The addresses the sign-in journey uses; the views behind the last three live in the portal UI. */
public final class IdentityPaths {

    /** Start signing in: checks the identity provider first. */
    public static final String SIGN_IN = "/sign-in";
    public static final String AUTHORIZATION = "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID;
    public static final String SIGN_IN_UNAVAILABLE = "sign-in-unavailable";
    public static final String SIGN_IN_FAILED = "sign-in-failed";
    public static final String NO_ORGANISATION = "no-organisation";

    private IdentityPaths() {
    }
}
