package org.lessonsportal.domain.organisation;

import org.lessonsportal.domain.shared.DomainException;

/** An ODS file cannot be read as a whole (empty, not CSV, not text); nothing was imported. */
public class OdsFileException extends DomainException {

    public OdsFileException(String message) {
        super(message);
    }

    public OdsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
