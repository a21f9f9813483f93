package org.lessonsportal.domain.pairing;

/**
 * A request to pair stopped waiting: accepted, declined, withdrawn or ended by a person (a lapse is the workflow's own
 * doing and is not announced). Published in the same transaction.
 *
 * @param by the member who did it
 */
public record PairingAnswered(Long pairingId, PairingState state, Long by) {
}
