package org.lessonsportal.domain.organisation;

/**
 * What confirming a request to join will write to the identity provider: the person (their {@code sub}) and the
 * organisation as it is to be held there.
 */
public record JoinConfirmation(Long requestId, String subject, OrganisationDetails organisation) {
}
