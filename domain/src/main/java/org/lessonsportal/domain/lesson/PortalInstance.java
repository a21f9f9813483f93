package org.lessonsportal.domain.lesson;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.data.domain.Persistable;

/**
 * This installation of the portal, by the id its exchange files use for the lessons written in it
 * ({@code "<instance id>/<lesson id>"}, see {@link LessonExchangeService#instanceId}). Made once, on first use, and
 * kept (one row).
 */
@Entity
@Table(name = "portal_instance")
class PortalInstance implements Persistable<Integer> {

    static final int SINGLETON = 1;

    @Id
    private Integer singleton;

    private String instanceId;
    private Instant createdAt;

    /** Saved as a new row (an insert that fails if another thread made one first), never merged into one. */
    @Transient
    private boolean fresh;

    protected PortalInstance() {
    }

    PortalInstance(String instanceId, Instant now) {
        this.singleton = SINGLETON;
        this.instanceId = instanceId;
        this.createdAt = now;
        this.fresh = true;
    }

    @Override
    public Integer getId() {
        return singleton;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    String getInstanceId() {
        return instanceId;
    }

    /** A new installation's id: "lessons-portal-" and 16 random hexadecimal digits. */
    static String newId() {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        return "lessons-portal-" + HexFormat.of().formatHex(random);
    }
}
