package org.lessonsportal.domain.pairing;

import java.time.Instant;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;

/**
 * An organisation's offer of help with a type of project, as pages show it.
 *
 * @param region the offering organisation's region, or {@code null} when not known
 */
public record HelpOfferView(Long id, Long organisationId, String organisationName, String odsCode, Region region,
        ProjectType projectType, String contactName, String contactEmail, String whatWeOffer, Instant updatedAt) {

    /** "Riverside Community Health NHS Trust (ZZ2)" */
    public String organisation() {
        return organisationName + " (" + odsCode + ")";
    }
}
