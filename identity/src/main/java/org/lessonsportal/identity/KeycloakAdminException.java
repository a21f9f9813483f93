package org.lessonsportal.identity;

/** Keycloak's admin REST API could not be used; the message says why in plain words, for logs and administrators. */
public class KeycloakAdminException extends RuntimeException {

    KeycloakAdminException(String message) {
        super(message);
    }

    KeycloakAdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
