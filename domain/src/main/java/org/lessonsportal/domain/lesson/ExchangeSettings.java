package org.lessonsportal.domain.lesson;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code lessons.exchange.*}: how large a file the portal imports. One place for the limit, so the import screen,
 * the API and the import itself always agree on it.
 *
 * @param maxFileSize the largest lessons-exchange or spreadsheet file accepted ({@code lessons.exchange.max-file-size},
 *                    e.g. {@code 20MB}, the default); anything larger is refused before or while it is read
 */
@ConfigurationProperties("lessons.exchange")
public record ExchangeSettings(DataSize maxFileSize) {

    /** The limit when none is set. */
    public static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(20);

    public ExchangeSettings {
        if (maxFileSize == null) {
            maxFileSize = DEFAULT_MAX_FILE_SIZE;
        } else if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("lessons.exchange.max-file-size must be more than 0 bytes, e.g. 20MB, "
                    + "not " + maxFileSize);
        }
    }

    /** The limit in bytes. */
    public long maxFileBytes() {
        return maxFileSize.toBytes();
    }
}
