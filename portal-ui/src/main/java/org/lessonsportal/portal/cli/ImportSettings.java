package org.lessonsportal.portal.cli;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lessons.import.file}: the file {@code ./portal import FILE} imports (given on the command line as
 * {@code --lessons.import.file=…}). When it is set the portal runs that import and exits ({@link ImportCommand})
 * instead of serving pages.
 *
 * @param file the lessons-exchange or spreadsheet file to import; {@code null} when the portal runs as a server
 */
@ConfigurationProperties("lessons.import")
public record ImportSettings(String file) {

    /** Whether the portal was started to import a file rather than to serve pages. */
    public boolean requested() {
        return file != null;
    }

    Path path() {
        return Path.of(file.strip());
    }
}
