package org.lessonsportal.domain.pairing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.VersionedRow;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * A request from one organisation to be paired with another that offers help with a type of project, and, once
 * accepted, the pairing itself: waiting, then accepted, declined, lapsed or withdrawn; an accepted pairing ends when
 * either side ends it.
 */
@Entity
@Table(name = "pairing")
class Pairing extends VersionedRow {

    private Long offeringOrganisationId;
    private Long askingOrganisationId;

    @Enumerated(EnumType.STRING)
    private ProjectType projectType;

    private String message;
    private Long askedBy;
    private Instant askedAt;
    private Instant replyBy;

    @Enumerated(EnumType.STRING)
    private PairingState state;

    private Long answeredBy;
    private Instant answeredAt;

    /** Why it was declined, if the administrator said. */
    private String reason;

    private Long endedBy;
    private Instant endedAt;

    protected Pairing() {
    }

    Pairing(Long offeringOrganisationId, Long askingOrganisationId, ProjectType projectType, String message,
            Long askedBy, Instant askedAt, Instant replyBy) {
        this.offeringOrganisationId = offeringOrganisationId;
        this.askingOrganisationId = askingOrganisationId;
        this.projectType = projectType;
        this.message = message;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
        this.replyBy = replyBy;
        this.state = PairingState.WAITING;
    }

    void answer(PairingState outcome, Long memberId, String reason, Instant now) {
        requireState(PairingState.WAITING);
        this.state = outcome;
        this.answeredBy = memberId;
        this.answeredAt = now;
        this.reason = reason;
    }

    void end(Long memberId, Instant now) {
        requireState(PairingState.ACCEPTED);
        this.state = PairingState.ENDED;
        this.endedBy = memberId;
        this.endedAt = now;
    }

    private void requireState(PairingState expected) {
        if (state != expected) {
            throw new IllegalStateException("Pairing " + getId() + " is " + state + ", not " + expected);
        }
    }

    HelpFacts facts() {
        return new HelpFacts(offeringOrganisationId, askingOrganisationId, askedBy);
    }

    Long getOfferingOrganisationId() {
        return offeringOrganisationId;
    }

    Long getAskingOrganisationId() {
        return askingOrganisationId;
    }

    ProjectType getProjectType() {
        return projectType;
    }

    String getMessage() {
        return message;
    }

    Long getAskedBy() {
        return askedBy;
    }

    Instant getAskedAt() {
        return askedAt;
    }

    Instant getReplyBy() {
        return replyBy;
    }

    PairingState getState() {
        return state;
    }

    Long getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    String getReason() {
        return reason;
    }

    Long getEndedBy() {
        return endedBy;
    }

    Instant getEndedAt() {
        return endedAt;
    }
}
