package org.lessonsportal.domain.organisation;

import java.time.Instant;

/**
 * A request to join an organisation, as people and administrators see it.
 *
 * @param note          what the person says about their work there, or {@code null}
 * @param decidedByName who confirmed or declined it, or {@code null} while it waits or when it was withdrawn
 * @param reason        why it was declined, or {@code null}
 */
public record JoinRequestView(Long id, Long memberId, String memberName, String memberUsername, String memberEmail,
        String odsCode, String organisationName, String note, JoinRequestState state, Instant requestedAt,
        String decidedByName, Instant decidedAt, String reason) {

    /** The organisation as people read it: "Name (CODE)". */
    public String organisation() {
        return organisationName + " (" + odsCode + ")";
    }
}
