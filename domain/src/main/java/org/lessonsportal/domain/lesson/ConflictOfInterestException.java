package org.lessonsportal.domain.lesson;

import org.lessonsportal.domain.shared.DomainException;

/** Someone cannot be given a role on this lesson because of who they are to it (its author, their organisation). */
public class ConflictOfInterestException extends DomainException {

    public ConflictOfInterestException(String message) {
        super(message);
    }
}
