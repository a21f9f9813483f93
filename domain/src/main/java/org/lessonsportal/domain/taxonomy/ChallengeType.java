package org.lessonsportal.domain.taxonomy;

import lombok.RequiredArgsConstructor;

/** A kind of challenge projects meet. */
@RequiredArgsConstructor
public enum ChallengeType implements Labelled {
    CLINICAL_ENGAGEMENT("Clinical engagement"),
    LEADERSHIP_GOVERNANCE("Leadership and governance"),
    FUNDING_BUSINESS_CASE("Funding and business case"),
    PROCUREMENT_SUPPLIER("Procurement and supplier management"),
    DATA_MIGRATION("Data migration"),
    INTEGRATION_INTEROPERABILITY("Integration and interoperability"),
    INFRASTRUCTURE_HARDWARE("Infrastructure and hardware"),
    TRAINING_ADOPTION("Training and adoption"),
    INFORMATION_GOVERNANCE("Information governance"),
    WORKFLOW_REDESIGN("Workflow redesign"),
    BENEFITS_REALISATION("Benefits realisation"),
    GO_LIVE_CUTOVER("Go-live and cutover"),
    STAFFING_CAPACITY("Staffing and capacity"),
    PATIENT_ENGAGEMENT("Patient engagement"),
    CYBER_SECURITY("Cyber security");

    private final String label;

    @Override
    public String label() {
        return label;
    }
}
