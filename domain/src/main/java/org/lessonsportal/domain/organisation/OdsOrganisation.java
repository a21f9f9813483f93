package org.lessonsportal.domain.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.lessonsportal.domain.taxonomy.Labelled;

/**
 * One organisation of the ODS reference data, by ODS code: the last import that listed it. Reference data, so there
 * are many more of these than organisations in the portal; {@link Organisation} takes its values from here.
 */
@Entity
@Table(name = "ods_organisation")
public class OdsOrganisation extends OrganisationDescription {

    @Id
    private String odsCode;

    @Enumerated(EnumType.STRING)
    private OdsKind kind;

    private String postcode;
    private String commissionerOdsCode;
    private LocalDate closedOn;
    private Instant importedAt;
    private Instant updatedAt;

    /** A wrapper, so a new row (assigned id, no version yet) is inserted without a look-up first. */
    @Version
    private Long version;

    protected OdsOrganisation() {
    }

    OdsOrganisation(OdsRecord record, Instant now) {
        this.odsCode = record.odsCode();
        this.importedAt = now;
        this.updatedAt = now;
        copy(record);
    }

    /**
     * Takes what the file says now, and says what changed in plain words ("name changed from … to …"); empty when
     * nothing did.
     */
    List<String> update(OdsRecord record, Instant now) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", name, record.name(), text -> "\"" + text + "\"");
        compare(changes, "kind", kind, record.kind(), Labelled::label);
        compare(changes, "type", type, record.type(), Labelled::label);
        compare(changes, "region", region, record.region(), Labelled::label);
        compare(changes, "postcode", postcode, record.postcode(), Function.identity());
        compare(changes, "integrated care board", parentIcbOdsCode, record.parentIcbOdsCode(), Function.identity());
        compare(changes, "commissioner", commissionerOdsCode, record.commissionerOdsCode(), Function.identity());
        compare(changes, "closing date", closedOn, record.closedOn(), date -> date.toString());
        copy(record);
        this.importedAt = now;
        if (!changes.isEmpty()) {
            this.updatedAt = now;
        }
        return changes;
    }

    private static <T> void compare(List<String> changes, String what, T before, T after,
            Function<T, String> show) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            changes.add(what + " set to " + show.apply(after));
        } else if (after == null) {
            changes.add(what + " " + show.apply(before) + " removed");
        } else {
            changes.add(what + " changed from " + show.apply(before) + " to " + show.apply(after));
        }
    }

    private void copy(OdsRecord record) {
        this.name = record.name();
        this.kind = record.kind();
        this.type = record.type();
        this.region = record.region();
        this.postcode = record.postcode();
        this.parentIcbOdsCode = record.parentIcbOdsCode();
        this.commissionerOdsCode = record.commissionerOdsCode();
        this.closedOn = record.closedOn();
    }

    public String getOdsCode() {
        return odsCode;
    }

    public OdsKind getKind() {
        return kind;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCommissionerOdsCode() {
        return commissionerOdsCode;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
