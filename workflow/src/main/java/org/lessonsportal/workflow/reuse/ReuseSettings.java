package org.lessonsportal.workflow.reuse;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lessons.reuse.*}.
 *
 * @param followUpAfter how long after an organisation first says it is reusing a lesson it is asked how it went: an
 *                      ISO-8601 duration as the process engine reads it, months allowed ({@code P6M}, the default;
 *                      {@code PT2M} for a demonstration). Copied into each follow-up when it starts.
 */
@ConfigurationProperties("lessons.reuse")
public record ReuseSettings(String followUpAfter) {

    public ReuseSettings {
        if (followUpAfter == null || followUpAfter.isBlank()) {
            followUpAfter = "P6M";
        }
        followUpAfter = followUpAfter.strip();
        if (!positive(followUpAfter)) {
            throw new IllegalArgumentException("lessons.reuse.follow-up-after must be a positive ISO-8601 duration "
                    + "such as P6M (six months) or P30D; it is \"" + followUpAfter + "\"");
        }
    }

    private static boolean positive(String duration) {
        try {
            return DatatypeFactory.newInstance().newDuration(duration).getSign() > 0;
        } catch (IllegalArgumentException | UnsupportedOperationException | DatatypeConfigurationException e) {
            return false;
        }
    }
}
