package org.lessonsportal.domain.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/** An NHS organisation (trust, GP practice, ICB…), identified by its ODS code. */
@Entity
@Table(name = "organisation")
public class Organisation extends OrganisationDescription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String odsCode;
    private String keycloakId;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String odsCode, String name, Instant now) {
        this.odsCode = odsCode;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Applies what the identity provider says now; what it does not say ({@code null}) stays as it was. Returns
     * whether anything changed.
     */
    boolean update(String name, Setting type, Region region, String keycloakId, String parentIcbOdsCode, Instant now) {
        boolean changed = false;
        if (parentIcbOdsCode != null && !parentIcbOdsCode.equals(this.parentIcbOdsCode)) {
            this.parentIcbOdsCode = parentIcbOdsCode;
            changed = true;
        }
        if (name != null && !name.isBlank() && !name.equals(this.name)) {
            this.name = name;
            changed = true;
        }
        if (type != null && type != this.type) {
            this.type = type;
            changed = true;
        }
        if (region != null && region != this.region) {
            this.region = region;
            changed = true;
        }
        if (keycloakId != null && !keycloakId.equals(this.keycloakId)) {
            this.keycloakId = keycloakId;
            changed = true;
        }
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    /**
     * An ODS code as the portal keeps it (trimmed, upper case), or {@code null} for none or for text that cannot be
     * one (ODS codes are 3 to 10 letters and digits).
     */
    static String odsCodeOrNull(String odsCode) {
        if (odsCode == null) {
            return null;
        }
        String code = odsCode.strip().toUpperCase(Locale.ROOT);
        return code.matches("[A-Z0-9]{3,10}") ? code : null;
    }

    public Long getId() {
        return id;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getKeycloakId() {
        return keycloakId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
