package org.lessonsportal.domain.pairing;

/**
 * What {@link HelpPolicy} needs to know: the organisation offering help and, for a request to pair, the organisation
 * that asked and who asked.
 *
 * @param organisationId       the organisation that offers (or would offer) help
 * @param askingOrganisationId the organisation that asked to be paired, or {@code null} when no request is concerned
 * @param askedBy              the member who asked, or {@code null}
 */
public record HelpFacts(Long organisationId, Long askingOrganisationId, Long askedBy) {

    /** Facts about an organisation alone (offering help, asking it for help). */
    public static HelpFacts organisation(Long organisationId) {
        return new HelpFacts(organisationId, null, null);
    }
}
