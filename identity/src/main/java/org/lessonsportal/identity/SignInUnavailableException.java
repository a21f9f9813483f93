package org.lessonsportal.identity;

/** The identity provider could not be reached. */
public class SignInUnavailableException extends RuntimeException {

    public SignInUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
