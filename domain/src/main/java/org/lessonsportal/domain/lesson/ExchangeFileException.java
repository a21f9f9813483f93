package org.lessonsportal.domain.lesson;

import org.lessonsportal.domain.shared.DomainException;

/**
 * The file as a whole cannot be read as a {@code lessons-exchange/1} document (not JSON, wrong or missing format tag,
 * {@code lessons} not a list, too large). Nothing was imported.
 */
public class ExchangeFileException extends DomainException {

    public ExchangeFileException(String message) {
        super(message);
    }

    public ExchangeFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
