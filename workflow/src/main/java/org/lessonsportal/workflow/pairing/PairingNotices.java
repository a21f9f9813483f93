package org.lessonsportal.workflow.pairing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingState;
import org.lessonsportal.domain.pairing.PairingView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * What the people of a request to pair are told, in plain words, and where the notification leads: the page of the
 * organisation that has something to do or to see.
 */
@Component
@RequiredArgsConstructor
class PairingNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PairingService pairings;
    private final Notifications notifications;

    /** The offering organisation's administrators are asked to answer. */
    void requested(Long pairingId) {
        PairingView p = pairings.get(pairingId, Actor.SYSTEM);
        String message = p.askingOrganisation() + " asks " + p.offeringOrganisationName() + " to pair with them "
                + "for " + p.projectType().label() + ". Accept or decline by " + date(p) + ".";
        pairings.administratorsOf(p.offeringOrganisationId()).forEach(admin -> notifications.notifyAbout(admin,
                NotificationKind.PAIRING_REQUESTED, page(p.offeringOdsCode()), message));
    }

    /** The deadline is near and nobody answered: the administrators are reminded. */
    void remind(Long pairingId) {
        PairingView p = pairings.get(pairingId, Actor.SYSTEM);
        if (!p.isWaiting()) {
            return;
        }
        String message = p.askingOrganisation() + " is still waiting for your answer about pairing for "
                + p.projectType().label() + ". Accept or decline by " + date(p) + ", or it lapses.";
        pairings.administratorsOf(p.offeringOrganisationId()).forEach(admin -> notifications.notifyAbout(admin,
                NotificationKind.PAIRING_REMINDER, page(p.offeringOdsCode()), message));
    }

    /** The request lapsed: the person who asked is told. */
    void lapsed(PairingView p) {
        notifications.notifyAbout(p.askedBy(), NotificationKind.PAIRING_LAPSED, page(p.offeringOdsCode()),
                p.offeringOrganisation() + " did not answer your request to pair for " + p.projectType().label()
                        + " by " + date(p) + ", so it has lapsed. You can ask again, or ask another organisation.");
    }

    /** Someone answered, withdrew or ended: the other side is told. */
    void answered(Long pairingId, PairingState state, Long by) {
        PairingView p = pairings.get(pairingId, Actor.SYSTEM);
        switch (state) {
            case ACCEPTED -> notifications.notifyAbout(p.askedBy(), NotificationKind.PAIRING_ACCEPTED,
                    page(p.offeringOdsCode()), p.offeringOrganisation() + " accepted your request: you are paired "
                            + "for " + p.projectType().label() + ". Contact them to arrange what they offered.");
            case DECLINED -> notifications.notifyAbout(p.askedBy(), NotificationKind.PAIRING_DECLINED,
                    page(p.offeringOdsCode()), p.offeringOrganisation() + " declined your request to pair for "
                            + p.projectType().label() + (p.reason() == null ? "." : ": \"" + p.reason() + "\""));
            case WITHDRAWN -> pairings.administratorsOf(p.offeringOrganisationId()).stream()
                    .filter(admin -> !admin.equals(by)).forEach(admin -> notifications.notifyAbout(admin,
                            NotificationKind.PAIRING_ENDED, page(p.offeringOdsCode()), p.askingOrganisation()
                                    + " withdrew its request to pair for " + p.projectType().label() + "."));
            case ENDED -> {
                Set<Long> told = new LinkedHashSet<>();
                told.add(p.askedBy());
                told.addAll(pairings.administratorsOf(p.offeringOrganisationId()));
                told.addAll(pairings.administratorsOf(p.askingOrganisationId()));
                told.remove(by);
                told.forEach(member -> notifications.notifyAbout(member, NotificationKind.PAIRING_ENDED,
                        page(p.offeringOdsCode()), "The pairing of " + p.offeringOrganisation() + " and "
                                + p.askingOrganisation() + " for " + p.projectType().label() + " has ended."));
            }
            default -> {
                // WAITING and LAPSED are not announced by people
            }
        }
    }

    private static String page(String odsCode) {
        return "organisations/" + odsCode;
    }

    private static String date(PairingView p) {
        return LocalDate.ofInstant(p.replyBy(), UK).format(DATE);
    }
}
