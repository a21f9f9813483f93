package org.lessonsportal.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal's role names, in one place. They match the realm roles in Keycloak; Spring Security sees them with the
 * {@code ROLE_} prefix, which {@code @RolesAllowed} and {@code hasRole} add themselves.
 */
public final class Roles {

    public static final String CONTRIBUTOR = "contributor";
    public static final String REVIEWER = "reviewer";
    public static final String PUBLISHER = "publisher";
    public static final String ADMIN = "admin";
    public static final String API_READ = "api-read";
    public static final String API_IMPORT = "api-import";

    /** The roles a person can hold in the portal, in the order they are shown. */
    public static final List<String> PORTAL_ROLES = List.of(CONTRIBUTOR, REVIEWER, PUBLISHER, ADMIN);

    private Roles() {
    }

    /** The role in plain words, for people. */
    public static String label(String role) {
        return switch (role) {
            case CONTRIBUTOR -> "Contributor";
            case REVIEWER -> "Reviewer";
            case PUBLISHER -> "Publisher";
            case ADMIN -> "Administrator";
            case API_READ -> "API reader";
            case API_IMPORT -> "API importer";
            default -> role;
        };
    }

    /** Keeps only the portal's own roles (Keycloak also sends its default ones), in display order. */
    public static List<String> portalRolesOf(Collection<String> roles) {
        Set<String> given = Set.copyOf(roles);
        return PORTAL_ROLES.stream().filter(given::contains).toList();
    }

    /** "Contributor, Reviewer" — the roles in plain words. */
    public static String describe(Collection<String> roles) {
        List<String> own = portalRolesOf(roles);
        return own.isEmpty() ? "No role yet" : own.stream().map(Roles::label).collect(Collectors.joining(", "));
    }
}
