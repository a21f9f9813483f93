package org.lessonsportal.domain.pairing;

import java.time.Instant;

/**
 * A contributor asked an organisation to pair with theirs; published in the asking transaction (the workflow starts
 * the reply deadline's process from it, in the same transaction).
 */
public record PairingRequested(Long pairingId, Long offeringOrganisationId, Long askedBy, Instant askedAt,
        Instant replyBy) {
}
