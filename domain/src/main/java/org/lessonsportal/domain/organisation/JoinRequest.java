package org.lessonsportal.domain.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.VersionedRow;

/**
 * A person's request to join an NHS organisation, for people whose sign-in names none (NHSmail; docs/adr/0049). Waits
 * until an administrator confirms or declines it, or the person withdraws it or asks for another organisation.
 */
@Entity
@Table(name = "join_request")
class JoinRequest extends VersionedRow {

    private Long memberId;
    private String odsCode;

    /** The organisation's name when the request was made (it may be known only from the ODS reference data). */
    private String organisationName;

    private String note;

    @Enumerated(EnumType.STRING)
    private JoinRequestState state;

    private Instant requestedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String reason;

    protected JoinRequest() {
    }

    JoinRequest(Long memberId, String odsCode, String organisationName, String note, Instant now) {
        this.memberId = memberId;
        this.odsCode = odsCode;
        this.organisationName = organisationName;
        this.note = note;
        this.state = JoinRequestState.WAITING;
        this.requestedAt = now;
    }

    boolean isWaiting() {
        return state == JoinRequestState.WAITING;
    }

    void decide(JoinRequestState outcome, Long decidedBy, String reason, Instant now) {
        if (!isWaiting()) {
            throw new IllegalStateException("Join request " + getId() + " is " + state + ", not waiting");
        }
        this.state = outcome;
        this.decidedBy = decidedBy;
        this.reason = reason;
        this.decidedAt = now;
    }

    JoinRequestView toView(String memberName, String memberUsername, String memberEmail, String decidedByName) {
        return new JoinRequestView(getId(), memberId, memberName, memberUsername, memberEmail, odsCode, organisationName,
                note, state, requestedAt, decidedByName, decidedAt, reason);
    }

    Long getMemberId() {
        return memberId;
    }

    String getOdsCode() {
        return odsCode;
    }

    String getOrganisationName() {
        return organisationName;
    }

    JoinRequestState getState() {
        return state;
    }

    Long getDecidedBy() {
        return decidedBy;
    }
}
