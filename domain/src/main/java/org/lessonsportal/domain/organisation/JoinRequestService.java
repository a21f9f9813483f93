package org.lessonsportal.domain.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation step for people whose sign-in names no NHS organisation, such as NHSmail accounts
 * (docs/adr/0049): the person asks once to join an organisation (one the portal knows, or one the ODS reference data
 * lists), and an administrator who belongs to that organisation confirms or declines it; where no administrator
 * belongs to it, any administrator decides. Confirming makes the person a member here; the identity module writes
 * the same membership to the identity provider first, so the person's next token carries it. The door of this
 * feature: the UI passes the signed-in member's {@link Actor}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JoinRequestService {

    /** The longest note a person may add to their request. */
    public static final int NOTE_MAX = 500;
    /** The longest reason an administrator may give for declining. */
    public static final int REASON_MAX = 500;
    /** The most organisations {@link #organisationsToJoin} returns at once. */
    public static final int CHOICES_MAX = 50;

    private final JoinRequestRepository requests;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final OdsOrganisationRepository odsReference;
    private final OrganisationService organisationService;
    private final DisplayNames names;
    private final Clock clock;

    /**
     * Organisations whose name or ODS code contains {@code filter}, by name: those the portal knows and those only
     * the ODS reference data lists (open ones), each once.
     */
    public List<OrganisationChoice> organisationsToJoin(String filter, int offset, int limit) {
        int wanted = Math.max(0, offset) + Math.max(0, Math.min(limit, CHOICES_MAX));
        if (wanted == 0) {
            return List.of();
        }
        String pattern = "%" + (filter == null ? "" : filter.strip().toUpperCase(Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "")) + "%";
        Map<String, OrganisationChoice> found = new LinkedHashMap<>();
        organisations.findMatching(pattern, PageRequest.of(0, wanted))
                .forEach(o -> found.put(o.getOdsCode(), new OrganisationChoice(o.getOdsCode(), o.getName())));
        odsReference.findOpenMatching(pattern, PageRequest.of(0, wanted))
                .forEach(o -> found.putIfAbsent(o.getOdsCode(), new OrganisationChoice(o.getOdsCode(), o.getName())));
        List<OrganisationChoice> sorted = new ArrayList<>(found.values());
        sorted.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        return sorted.subList(Math.min(Math.max(0, offset), sorted.size()), Math.min(wanted, sorted.size()));
    }

    /**
     * Asks for the signed-in person to join the organisation with this ODS code. A request of theirs still waiting
     * is withdrawn: a person waits on one organisation at a time.
     *
     * @throws ValidationException when no organisation has that code, they already belong to it, or the note is
     *                             too long
     * @throws NotAllowedException when they already act for an organisation: the step is for people without one
     */
    @Transactional
    public JoinRequestView ask(Actor actor, String odsCode, String note) {
        if (actor.organisationId() != null) {
            throw new NotAllowedException("You already belong to an organisation. To belong to another as well, ask "
                    + "an administrator of that organisation to add you.");
        }
        Member member = members.lockById(member(actor).getId()).orElseThrow(); // one request at a time per person
        List<FieldError> errors = new ArrayList<>();
        Optional<OrganisationChoice> organisation = choice(odsCode);
        if (organisation.isEmpty()) {
            errors.add(new FieldError("organisation", "choose your organisation from the list"));
        } else if (organisations.findByOdsCode(organisation.get().odsCode())
                .filter(o -> member.belongsTo(o.getId())).isPresent()) {
            errors.add(new FieldError("organisation", "you already belong to " + organisation.get().label()));
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > NOTE_MAX) {
            errors.add(new FieldError("note", "what you do there must be " + NOTE_MAX + " characters or fewer (it is "
                    + kept.length() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requests.findFirstByMemberIdAndState(member.getId(), JoinRequestState.WAITING)
                .ifPresent(waiting -> waiting.decide(JoinRequestState.WITHDRAWN, null, null, clock.instant()));
        requests.flush();
        JoinRequest request = requests.save(new JoinRequest(member.getId(), organisation.get().odsCode(),
                organisation.get().name(), kept, clock.instant()));
        return view(request);
    }

    /** The person's latest request, waiting or decided, if they ever made one. */
    public Optional<JoinRequestView> latest(Actor actor) {
        return actor.memberId() == null ? Optional.empty()
                : requests.findFirstByMemberIdOrderByRequestedAtDescIdDesc(actor.memberId()).map(this::view);
    }

    /** Withdraws the person's waiting request; returns whether there was one. */
    @Transactional
    public boolean withdraw(Actor actor) {
        Member member = member(actor);
        Optional<JoinRequest> waiting = requests.findFirstByMemberIdAndState(member.getId(), JoinRequestState.WAITING);
        waiting.ifPresent(r -> r.decide(JoinRequestState.WITHDRAWN, null, null, clock.instant()));
        return waiting.isPresent();
    }

    /** The waiting requests this administrator may decide, oldest first. */
    public List<JoinRequestView> toDecide(Actor admin) {
        requireAdmin(admin);
        Set<Long> administered = administeredOrganisations();
        return requests.findByStateOrderByRequestedAtAscIdAsc(JoinRequestState.WAITING).stream()
                .filter(r -> mayDecide(admin, r, administered)).map(this::view).toList();
    }

    /**
     * Whether this administrator is asked as a member of the organisation (else: it has no administrator of its own
     * in the portal, so any administrator decides, and should check with the organisation first).
     */
    public boolean asksTheirOwnOrganisation(Actor admin, JoinRequestView request) {
        return organisations.findByOdsCode(request.odsCode()).filter(o -> admin.belongsTo(o.getId())).isPresent();
    }

    /**
     * What confirming a waiting request will do, after checking this administrator may: the person's identity
     * provider subject and the organisation, as the identity provider is to hold it.
     */
    public JoinConfirmation prepareConfirmation(Long requestId, Actor admin) {
        JoinRequest request = decidable(requestId, admin);
        Member member = members.findById(request.getMemberId()).orElseThrow(() -> gone());
        return new JoinConfirmation(request.getId(), member.getSubject(), details(request));
    }

    /**
     * Confirms a waiting request: the organisation is created in the portal when only ODS listed it, and the person
     * belongs to it (and acts for it if they act for none).
     *
     * @param keycloakId the organisation's id in the identity provider, which already holds the membership
     */
    @Transactional
    public JoinRequestView confirm(Long requestId, Actor admin, String keycloakId) {
        JoinRequest request = decidable(requestId, admin);
        OrganisationDetails details = details(request);
        OrganisationView organisation = organisationService.provision(new OrganisationDetails(details.odsCode(),
                details.name(), details.type(), details.region(), keycloakId, details.parentIcbOdsCode()));
        Member member = members.findById(request.getMemberId()).orElseThrow(() -> gone());
        member.joined(organisation.id());
        names.memberChanged(member.getId());
        request.decide(JoinRequestState.CONFIRMED, admin.memberId(), null, clock.instant());
        return view(request);
    }

    /** Declines a waiting request, with the reason the person will read. */
    @Transactional
    public JoinRequestView decline(Long requestId, Actor admin, String reason) {
        JoinRequest request = decidable(requestId, admin);
        String kept = reason == null ? "" : reason.strip();
        if (kept.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("reason", "say why, so the person knows what to do "
                    + "next")));
        }
        if (kept.length() > REASON_MAX) {
            throw new ValidationException(List.of(new FieldError("reason", "the reason must be " + REASON_MAX
                    + " characters or fewer (it is " + kept.length() + ")")));
        }
        request.decide(JoinRequestState.DECLINED, admin.memberId(), kept, clock.instant());
        return view(request);
    }

    private JoinRequest decidable(Long requestId, Actor admin) {
        requireAdmin(admin);
        JoinRequest request = requests.findById(requestId)
                .filter(r -> mayDecide(admin, r, administeredOrganisations()))
                .orElseThrow(() -> gone());
        if (!request.isWaiting()) {
            throw new NotAllowedException("This request was already " + request.getState().name()
                    .toLowerCase(Locale.ROOT) + ". Reload to see the requests still waiting.");
        }
        return request;
    }

    /**
     * An administrator of the organisation decides; where it has none in the portal, any administrator; never the
     * person who asked.
     */
    private boolean mayDecide(Actor admin, JoinRequest request, Set<Long> administered) {
        if (request.getMemberId().equals(admin.memberId())) {
            return false; // nobody confirms their own request
        }
        Optional<Organisation> organisation = organisations.findByOdsCode(request.getOdsCode());
        if (organisation.isPresent() && admin.belongsTo(organisation.get().getId())) {
            return true;
        }
        return organisation.isEmpty() || !administered.contains(organisation.get().getId());
    }

    /** The organisations at least one administrator of the portal belongs to. */
    private Set<Long> administeredOrganisations() {
        Set<Long> administered = new HashSet<>();
        organisationService.membersWithRole(Roles.ADMIN).forEach(m -> administered.addAll(m.organisationIds()));
        return administered;
    }

    private OrganisationDetails details(JoinRequest request) {
        return organisations.findByOdsCode(request.getOdsCode()).map(o -> organisationService.kept(
                new OrganisationDetails(o.getOdsCode(), o.getName(), o.getType(), o.getRegion(), o.getKeycloakId(),
                        o.getParentIcbOdsCode())))
                .or(() -> odsReference.findById(request.getOdsCode()).map(OdsRecord::of).map(OdsRecord::details))
                .orElseThrow(() -> new NotAllowedException("The organisation " + request.getOrganisationName() + " ("
                        + request.getOdsCode() + ") is no longer known to the portal. Decline the request and "
                        + "say so."));
    }

    private Optional<OrganisationChoice> choice(String odsCode) {
        String code = Organisation.odsCodeOrNull(odsCode);
        if (code == null) {
            return Optional.empty();
        }
        return organisations.findByOdsCode(code).map(o -> new OrganisationChoice(o.getOdsCode(), o.getName()))
                .or(() -> odsReference.findById(code).filter(o -> o.getClosedOn() == null)
                        .map(o -> new OrganisationChoice(o.getOdsCode(), o.getName())));
    }

    private Member member(Actor actor) {
        if (actor.memberId() == null) {
            throw new NotAllowedException("Sign in to ask to join an organisation.");
        }
        return members.findById(actor.memberId()).orElseThrow(() -> new NotFoundException("Your account was not "
                + "found. Sign out and sign in again."));
    }

    private static void requireAdmin(Actor admin) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new NotAllowedException("Only administrators can confirm who belongs to an organisation.");
        }
    }

    private static NotFoundException gone() {
        return new NotFoundException("That request to join an organisation was not found. Reload to see the "
                + "requests still waiting.");
    }

    private JoinRequestView view(JoinRequest request) {
        Member member = members.findById(request.getMemberId()).orElse(null);
        String decidedBy = request.getDecidedBy() == null ? null : names.member(request.getDecidedBy()).orElse(null);
        return request.toView(member == null ? null : member.getName(), member == null ? null : member.getUsername(),
                member == null ? null : member.getEmail(), decidedBy);
    }
}
