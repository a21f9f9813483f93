package org.lessonsportal.domain.pairing;

import java.time.Instant;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * A request to pair, or the pairing it became, as pages show it.
 *
 * @param answeredByName who accepted or declined it, or {@code null}
 * @param reason         why it was declined, or {@code null}
 * @param endedByName    who ended the pairing, or {@code null}
 */
public record PairingView(Long id, Long offeringOrganisationId, String offeringOrganisationName,
        String offeringOdsCode, Long askingOrganisationId, String askingOrganisationName, String askingOdsCode,
        ProjectType projectType, String message, Long askedBy, String askedByName, Instant askedAt, Instant replyBy,
        PairingState state, String answeredByName, Instant answeredAt, String reason, String endedByName,
        Instant endedAt) {

    /** "Northshire Hospitals NHS Foundation Trust (ZZ1)" */
    public String offeringOrganisation() {
        return offeringOrganisationName + " (" + offeringOdsCode + ")";
    }

    /** "Riverside Community Health NHS Trust (ZZ2)" */
    public String askingOrganisation() {
        return askingOrganisationName + " (" + askingOdsCode + ")";
    }

    public boolean isWaiting() {
        return state == PairingState.WAITING;
    }

    /** The other organisation's id, seen from {@code organisationId}'s side. */
    public Long otherOrganisationId(Long organisationId) {
        return offeringOrganisationId.equals(organisationId) ? askingOrganisationId : offeringOrganisationId;
    }
}
