package org.lessonsportal.identity;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.DirectoryMember;
import org.lessonsportal.domain.organisation.DirectorySyncResult;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.identity.KeycloakAdminClient.KeycloakOrganisation;
import org.lessonsportal.identity.KeycloakAdminClient.KeycloakUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The directory sync (docs/adr/0048): reads the realm's organisations, their members and each member's realm roles
 * from Keycloak ({@link KeycloakAdminClient}) and hands them to {@link OrganisationService#syncDirectory}, so that
 * people can be asked to review before they first sign in. Runs once the portal has started and then every
 * {@code lessons.directory-sync.interval}, on a thread of its own; off while no client secret is set. A failed run
 * changes nothing (the directory is read whole before anything is written) and is logged, and is tried again soon
 * (15 seconds, then twice as long each time, up to the interval).
 * <p>
 * Organisations without an {@code ods_code} attribute are left out, as at sign-in; disabled people are left out, so
 * that someone who can no longer sign in is not asked to review.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DirectorySync {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySync.class);
    /** How soon a failed run is tried again the first time. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(15);

    private final KeycloakAdminClient keycloak;
    private final OrganisationService organisations;
    private final DirectorySyncSettings settings;
    private final Clock clock;
    private ThreadPoolTaskScheduler scheduler;

    /** Reads the whole directory and brings the portal up to date with it now. */
    public synchronized DirectorySyncResult syncNow() {
        Instant readAt = clock.instant();
        List<OrganisationDetails> found = new ArrayList<>();
        Map<String, KeycloakUser> people = new LinkedHashMap<>();
        Map<String, Set<String>> memberships = new LinkedHashMap<>();
        for (KeycloakOrganisation organisation : keycloak.organisations()) {
            OrganisationDetails details = details(organisation);
            if (details == null) {
                LOG.warn("Organisation '{}' in Keycloak has no {} attribute: left out of the directory sync",
                        organisation.alias(), TokenClaims.ODS_CODE);
                continue;
            }
            found.add(details);
            for (KeycloakUser user : keycloak.members(organisation.id())) {
                if (user.enabled()) {
                    people.putIfAbsent(user.id(), user);
                    memberships.computeIfAbsent(user.id(), id -> new TreeSet<>()).add(details.odsCode());
                }
            }
        }
        List<DirectoryMember> members = new ArrayList<>();
        people.forEach((id, user) -> members.add(member(user, memberships.get(id), keycloak.realmRoles(id))));
        DirectorySyncResult result = organisations.syncDirectory(found, members, readAt);
        LOG.info("Directory sync: {} organisations, {} people ({} new), {} no longer listed, in {} ms",
                result.organisations(), result.created() + result.known(), result.created(), result.retired(),
                Duration.between(readAt, clock.instant()).toMillis());
        return result;
    }

    /** The organisation as the portal records it; {@code null} without an ODS code. */
    static OrganisationDetails details(KeycloakOrganisation organisation) {
        Map<String, String> attributes = organisation.attributes();
        String odsCode = attributes.get(TokenClaims.ODS_CODE);
        if (odsCode == null) {
            return null;
        }
        String name = attributes.get(TokenClaims.DISPLAY_NAME) != null ? attributes.get(TokenClaims.DISPLAY_NAME)
                : organisation.name();
        return new OrganisationDetails(odsCode, name,
                Labelled.find(Setting.class, attributes.get(TokenClaims.ORG_TYPE)).orElse(null),
                Labelled.find(Region.class, attributes.get(TokenClaims.REGION)).orElse(null), organisation.id(),
                attributes.get(TokenClaims.PARENT_ICB));
    }

    /** The person as the portal records them: their name as a token's {@code name} claim gives it. */
    static DirectoryMember member(KeycloakUser user, Set<String> odsCodes, Set<String> roles) {
        String name = ((user.firstName() == null ? "" : user.firstName()) + " "
                + (user.lastName() == null ? "" : user.lastName())).strip();
        return new DirectoryMember(user.id(), user.username(), name, user.email(), odsCodes, roles);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!settings.enabled()) {
            LOG.info("Directory sync is off (lessons.directory-sync.client-secret is not set): people are known "
                    + "to the portal from their first sign-in only");
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("directory-sync-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.schedule(() -> run(FIRST_RETRY), clock.instant());
    }

    /**
     * One scheduled run, then the next: after the interval, or sooner after a failure (Keycloak may still be
     * starting, as with {@code ./portal run}), waiting twice as long after each failure in a row, up to the interval.
     */
    private void run(Duration retry) {
        Duration next;
        Duration retryAfter;
        try {
            syncNow();
            next = settings.interval();
            retryAfter = FIRST_RETRY;
        } catch (RuntimeException e) {
            next = retry.compareTo(settings.interval()) < 0 ? retry : settings.interval();
            retryAfter = next.multipliedBy(2);
            String why = e instanceof KeycloakAdminException ? e.getMessage() : e.toString();
            LOG.warn("Directory sync failed, nothing changed; it runs again in {} s: {}", next.toSeconds(), why);
        }
        Duration then = retryAfter;
        Instant at = clock.instant().plus(next);
        if (!scheduler.getScheduledExecutor().isShutdown()) {
            scheduler.schedule(() -> run(then), at);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }
}
