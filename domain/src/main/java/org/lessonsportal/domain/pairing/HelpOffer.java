package org.lessonsportal.domain.pairing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.VersionedRow;
import org.lessonsportal.domain.taxonomy.ProjectType;

/** An organisation's offer of help with one type of project: one per organisation and type; withdrawing deletes it. */
@Entity
@Table(name = "help_offer")
class HelpOffer extends VersionedRow {

    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private ProjectType projectType;

    private String contactName;
    private String contactEmail;

    /** How much the organisation can give: "a one-hour call", "a site visit". */
    private String whatWeOffer;

    private Long offeredBy;
    private Instant offeredAt;
    private Instant updatedAt;

    protected HelpOffer() {
    }

    HelpOffer(Long organisationId, ProjectType projectType, Instant now) {
        this.organisationId = organisationId;
        this.projectType = projectType;
        this.offeredAt = now;
    }

    void describe(String contactName, String contactEmail, String whatWeOffer, Long memberId, Instant now) {
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.whatWeOffer = whatWeOffer;
        this.offeredBy = memberId;
        this.updatedAt = now;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    ProjectType getProjectType() {
        return projectType;
    }

    String getContactName() {
        return contactName;
    }

    String getContactEmail() {
        return contactEmail;
    }

    String getWhatWeOffer() {
        return whatWeOffer;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
