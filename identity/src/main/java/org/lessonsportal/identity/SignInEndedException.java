package org.lessonsportal.identity;

/** Keycloak no longer accepts a person's sign-in (disabled account, ended session): their portal session must end. */
class SignInEndedException extends RuntimeException {

    SignInEndedException(String message, Throwable cause) {
        super(message, cause);
    }
}
