package org.lessonsportal.domain.taxonomy;

import lombok.RequiredArgsConstructor;

/** The kind of project a lesson comes from. */
@RequiredArgsConstructor
public enum ProjectType implements Labelled {
    ELECTRONIC_PATIENT_RECORD("Electronic patient record (EPR)"),
    PAPERLESS("Going paperless"),
    FAX_REMOVAL("Fax machine removal"),
    E_PRESCRIBING("Electronic prescribing (ePMA)"),
    INTEROPERABILITY("Interoperability and shared records"),
    POPULATION_HEALTH_ANALYTICS("Population health and analytics"),
    PATIENT_FACING_DIGITAL("Patient-facing digital services"),
    INFRASTRUCTURE_CLOUD("Infrastructure and cloud"),
    CYBER_SECURITY("Cyber security"),
    IMAGING("Imaging (PACS and radiology)"),
    REMOTE_MONITORING("Remote monitoring and virtual wards"),
    AUTOMATION_AI("Automation and AI"),
    WORKFORCE_DIGITAL("Workforce digital systems");

    private final String label;

    @Override
    public String label() {
        return label;
    }
}
