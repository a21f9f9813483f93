/**
 * Exemplar pairing (issue 16): an organisation offers help with a type of project it has finished ("we have done
 * this and can talk you through it"), with a contact and how much it can give; a contributor of another organisation
 * asks to be paired; the offering organisation's administrators accept or decline before a reply deadline, after
 * which the request lapses; either side ends a pairing. Who may do each is {@link
 * org.lessonsportal.domain.pairing.HelpPolicy}. The doors are {@link org.lessonsportal.domain.pairing.HelpOfferService}
 * and {@link org.lessonsportal.domain.pairing.PairingService}; the reply deadline's reminder and lapse are the
 * workflow's (it listens to {@link org.lessonsportal.domain.pairing.PairingRequested} and {@link
 * org.lessonsportal.domain.pairing.PairingAnswered}).
 */
package org.lessonsportal.domain.pairing;
