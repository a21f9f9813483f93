package org.lessonsportal.domain.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.pairing.HelpPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Decision;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to pair and pairings (issue 16): a contributor of another organisation asks an organisation that offers
 * help with a type of project to pair with theirs, with a short message (checked for patient data); the offering
 * organisation's administrators accept or decline it (with a reason if they like) before the reply deadline
 * ({@code lessons.pairing.reply-within}), after which the workflow lapses it; either side ends a pairing. Who may do
 * each is {@link HelpPolicy}. Asking publishes {@link PairingRequested}, every later step by a person {@link
 * PairingAnswered}, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PairingService {

    /** The longest message with a request. */
    public static final int MESSAGE_MAX = 600;
    /** The longest reason for declining. */
    public static final int REASON_MAX = 500;
    /** The most pairings {@link #all} returns at once. */
    public static final int PAGE_MAX = 200;

    private static final Set<PairingState> OPEN = EnumSet.of(PairingState.WAITING, PairingState.ACCEPTED);

    private final PairingRepository pairings;
    private final HelpOfferRepository offers;
    private final OrganisationService organisations;
    private final PairingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Asks the organisation to pair with the one the actor acts for, about a type of project it offers help with.
     *
     * @throws NotAllowedException  when the policy says no, or the two organisations already have a request waiting
     *                              or a pairing for the type
     * @throws NotFoundException    when the organisation no longer offers help with the type
     * @throws ValidationException  no message, too long, or with patient data
     */
    @Transactional
    public PairingView ask(Actor actor, Long offeringOrganisationId, ProjectType projectType, String message) {
        requireAllowed(actor, Action.ASK_FOR_PAIRING, HelpFacts.organisation(offeringOrganisationId));
        if (projectType == null
                || offers.findByOrganisationIdAndProjectType(offeringOrganisationId, projectType).isEmpty()) {
            throw new NotFoundException("That organisation no longer offers help with this type of project.");
        }
        String kept = FreeText.kept(message);
        List<FieldError> errors = new ArrayList<>();
        FreeText.check("message", "your message", kept, true, MESSAGE_MAX, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Pairing> open = pairings.findByOfferingOrganisationIdAndAskingOrganisationIdAndProjectTypeAndStateIn(
                offeringOrganisationId, actor.organisationId(), projectType, OPEN);
        if (!open.isEmpty()) {
            throw new NotAllowedException(open.get(0).getState() == PairingState.ACCEPTED
                    ? "Your organisation is already paired with " + organisations.organisationName(
                            offeringOrganisationId) + " for this type of project."
                    : "Your organisation has already asked " + organisations.organisationName(offeringOrganisationId)
                            + " about this type of project. Wait for their answer.");
        }
        Instant now = clock.instant();
        Pairing pairing = pairings.save(new Pairing(offeringOrganisationId, actor.organisationId(), projectType,
                kept, actor.memberId(), now, now.plus(settings.getReplyWithin())));
        events.publishEvent(new PairingRequested(pairing.getId(), offeringOrganisationId, actor.memberId(), now,
                pairing.getReplyBy()));
        return view(pairing);
    }

    /** An administrator of the offering organisation accepts a waiting request: the organisations are paired. */
    @Transactional
    public PairingView accept(Actor actor, Long pairingId) {
        Pairing pairing = waiting(pairingId, actor, Action.ANSWER_PAIRING);
        pairing.answer(PairingState.ACCEPTED, actor.memberId(), null, clock.instant());
        events.publishEvent(new PairingAnswered(pairing.getId(), PairingState.ACCEPTED, actor.memberId()));
        return view(pairing);
    }

    /** An administrator of the offering organisation declines a waiting request, saying why if they like. */
    @Transactional
    public PairingView decline(Actor actor, Long pairingId, String reason) {
        Pairing pairing = waiting(pairingId, actor, Action.ANSWER_PAIRING);
        String kept = FreeText.kept(reason);
        List<FieldError> errors = new ArrayList<>();
        FreeText.check("reason", "the reason", kept, false, REASON_MAX, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        pairing.answer(PairingState.DECLINED, actor.memberId(), kept, clock.instant());
        events.publishEvent(new PairingAnswered(pairing.getId(), PairingState.DECLINED, actor.memberId()));
        return view(pairing);
    }

    /**
     * Ends a pairing (either side's administrators, or the person who asked); a request still waiting is withdrawn
     * instead.
     */
    @Transactional
    public PairingView end(Actor actor, Long pairingId) {
        Pairing pairing = pairing(pairingId, actor);
        requireAllowed(actor, Action.END_PAIRING, pairing.facts());
        PairingState outcome;
        if (pairing.getState() == PairingState.WAITING) {
            pairing.answer(PairingState.WITHDRAWN, actor.memberId(), null, clock.instant());
            outcome = PairingState.WITHDRAWN;
        } else if (pairing.getState() == PairingState.ACCEPTED) {
            pairing.end(actor.memberId(), clock.instant());
            outcome = PairingState.ENDED;
        } else {
            throw alreadyOver(pairing);
        }
        events.publishEvent(new PairingAnswered(pairing.getId(), outcome, actor.memberId()));
        return view(pairing);
    }

    /**
     * The reply deadline passed (the workflow, as {@link Actor#SYSTEM}): a request still waiting lapses. Empty when it
     * was answered or withdrawn meanwhile.
     */
    @Transactional
    public Optional<PairingView> lapse(Actor system, Long pairingId) {
        if (!system.isSystem()) {
            throw new NotAllowedException("Only the portal lapses a request to pair, at its reply deadline.");
        }
        Pairing pairing = pairings.findById(pairingId).orElse(null);
        if (pairing == null || pairing.getState() != PairingState.WAITING) {
            return Optional.empty();
        }
        pairing.answer(PairingState.LAPSED, null, null, clock.instant());
        return Optional.of(view(pairing));
    }

    /** One request or pairing, for the people of the two organisations, administrators and the workflow. */
    public PairingView get(Long pairingId, Actor actor) {
        return view(pairing(pairingId, actor));
    }

    /** What the actor may do about the pairing now (the buttons to show). */
    public Set<Action> allowedActions(PairingView pairing, Actor actor) {
        Set<Action> allowed = HelpPolicy.allowedActions(actor, new HelpFacts(pairing.offeringOrganisationId(),
                pairing.askingOrganisationId(), pairing.askedBy()));
        if (pairing.state() != PairingState.WAITING) {
            allowed.remove(Action.ANSWER_PAIRING);
        }
        if (pairing.state() != PairingState.WAITING && pairing.state() != PairingState.ACCEPTED) {
            allowed.remove(Action.END_PAIRING);
        }
        return allowed;
    }

    /** The organisation's accepted pairings, on either side, newest first: shown on its page to everyone. */
    public List<PairingView> pairingsOf(Long organisationId) {
        return pairings.findOfOrganisation(organisationId, EnumSet.of(PairingState.ACCEPTED)).stream()
                .map(this::view).toList();
    }

    /**
     * The organisation's requests, made and received, that are not (or were never) pairings: waiting ones and those
     * declined, lapsed or withdrawn, newest first; only those the actor may see (the two organisations' people).
     */
    public List<PairingView> requestsOf(Long organisationId, Actor actor) {
        return pairings.findOfOrganisation(organisationId, EnumSet.of(PairingState.WAITING, PairingState.DECLINED,
                        PairingState.LAPSED, PairingState.WITHDRAWN)).stream()
                .filter(p -> HelpPolicy.allows(actor, Action.SEE_REQUESTS, p.facts()))
                .map(this::view).toList();
    }

    /** Every pairing and request, newest first, for administrators. */
    public List<PairingView> all(Actor actor, int offset, int limit) {
        requireAllowed(actor, Action.SEE_ALL_PAIRINGS, HelpFacts.organisation(null));
        int size = Math.max(1, Math.min(limit, PAGE_MAX));
        int start = Math.max(0, offset);
        List<Pairing> page = pairings.findAllByOrderByAskedAtDescIdDesc(PageRequest.of(0, start + size));
        return page.subList(Math.min(start, page.size()), page.size()).stream().map(this::view).toList();
    }

    /** How many pairings and requests there are, for administrators. */
    public long count(Actor actor) {
        requireAllowed(actor, Action.SEE_ALL_PAIRINGS, HelpFacts.organisation(null));
        return pairings.count();
    }

    /** The members who answer for the organisation: its administrators (for notifications). */
    public List<Long> administratorsOf(Long organisationId) {
        return organisations.membersWithRole(Roles.ADMIN).stream()
                .filter(m -> m.organisationIds().contains(organisationId)).map(m -> m.id()).toList();
    }

    private Pairing waiting(Long pairingId, Actor actor, Action action) {
        Pairing pairing = pairing(pairingId, actor);
        requireAllowed(actor, action, pairing.facts());
        if (pairing.getState() != PairingState.WAITING) {
            throw alreadyOver(pairing);
        }
        return pairing;
    }

    private Pairing pairing(Long pairingId, Actor actor) {
        Pairing pairing = pairings.findById(pairingId).orElseThrow(PairingService::gone);
        if (!HelpPolicy.allows(actor, Action.SEE_REQUESTS, pairing.facts())
                && !HelpPolicy.allows(actor, Action.SEE_ALL_PAIRINGS, pairing.facts())) {
            throw gone();
        }
        return pairing;
    }

    private static NotAllowedException alreadyOver(Pairing pairing) {
        return new NotAllowedException("This request to pair is no longer waiting: "
                + pairing.getState().label().toLowerCase(Locale.UK) + ". Reload the page to see where it stands.");
    }

    private static NotFoundException gone() {
        return new NotFoundException("We could not find that request to pair.");
    }

    private static void requireAllowed(Actor actor, Action action, HelpFacts facts) {
        Decision decision = HelpPolicy.decide(actor, action, facts);
        if (!decision.allowed()) {
            throw new NotAllowedException(decision.reason());
        }
    }

    private PairingView view(Pairing pairing) {
        OrganisationView offering = organisations.get(pairing.getOfferingOrganisationId());
        OrganisationView asking = organisations.get(pairing.getAskingOrganisationId());
        return new PairingView(pairing.getId(), offering.id(), offering.name(), offering.odsCode(), asking.id(),
                asking.name(), asking.odsCode(), pairing.getProjectType(), pairing.getMessage(), pairing.getAskedBy(),
                name(pairing.getAskedBy()), pairing.getAskedAt(), pairing.getReplyBy(), pairing.getState(),
                name(pairing.getAnsweredBy()), pairing.getAnsweredAt(), pairing.getReason(),
                name(pairing.getEndedBy()), pairing.getEndedAt());
    }

    private String name(Long memberId) {
        return memberId == null ? null : organisations.memberName(memberId);
    }
}
