package org.lessonsportal.portal.lesson.ui;

import java.util.List;

/**
 * What the lesson form's free lists offer before anyone adds their own entries: common technologies, suppliers and
 * standards, and tags people often use. Kept apart from the form so the lists can grow without burying its layout.
 */
final class FreeListSuggestions {

    /** Common technologies, suppliers and standards to choose from; people can add their own. */
    static final List<String> TECHNOLOGIES = List.of("FHIR R4", "HL7 v2", "SNOMED CT", "dm+d", "NHS login",
            "NHS App", "NHS Spine", "GP Connect", "Summary Care Record", "e-Referral Service", "Electronic "
            + "Prescription Service", "NHS Mail", "Microsoft 365", "Robotic process automation", "PACS",
            "Shared care record", "Patient portal", "Virtual ward platform", "Cloud hosting", "Single sign-on");

    /** Tags people often use; people can add their own. */
    static final List<String> TAGS = List.of("cutover", "data quality", "data migration",
            "clinical safety", "training", "benefits", "procurement", "go-live", "digital maturity", "interoperability",
            "patient safety", "paper reduction", "workforce", "engagement", "cyber security");

    private FreeListSuggestions() {
    }
}
