package org.lessonsportal.identity;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lessons.portal.public-url} (environment {@code LESSONS_PORTAL_PUBLIC_URL}), read for {@link PublicAddress}.
 * Checked at start-up: anything but an {@code http(s)://} address stops the portal with a message naming the
 * setting, rather than putting broken links in every feed, PDF and e-mail.
 *
 * @param publicUrl the address people reach the portal at, e.g. {@code https://lessons.example.nhs.uk}; blank when
 *                  unset
 */
@Validated
@ConfigurationProperties("lessons.portal")
record PublicUrlSettings(
        @Pattern(regexp = "\\s*(https?://[^\\s/?#]+[^\\s?#]*)?\\s*", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be the address people reach the portal at, starting with https:// (or http://), "
                        + "e.g. https://lessons.example.nhs.uk") String publicUrl) {

    PublicUrlSettings {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "" : publicUrl;
    }
}
