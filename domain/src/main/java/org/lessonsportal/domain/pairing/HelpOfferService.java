package org.lessonsportal.domain.pairing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.pairing.HelpPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Decision;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers of help (issue 16, exemplar pairing): an organisation's administrators say it has done a type of project
 * and can talk others through it, whom to contact and how much it can give; "Starting a project?", the challenge
 * playbook and organisation pages show the offers, nearest first. Who may offer is {@link HelpPolicy}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HelpOfferService {

    public static final int CONTACT_NAME_MAX = 200;
    public static final int CONTACT_EMAIL_MAX = 254;
    /** The longest "what we can give". */
    public static final int OFFER_MAX = 300;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final HelpOfferRepository offers;
    private final OrganisationService organisations;
    private final Clock clock;

    /**
     * Offers help with a type of project for the organisation, or changes its offer.
     *
     * @param contactName  a person's name or a role ("Digital programme office")
     * @param contactEmail a person's or a role mailbox's e-mail address
     * @param whatWeOffer  how much the organisation can give ("a one-hour call", "a site visit")
     * @throws NotAllowedException when the actor is not one of the organisation's administrators
     * @throws ValidationException a field missing, too long, not an e-mail address, or with patient data
     */
    @Transactional
    public HelpOfferView offer(Actor actor, Long organisationId, ProjectType projectType, String contactName,
            String contactEmail, String whatWeOffer) {
        require(actor, organisationId);
        String name = FreeText.kept(contactName);
        String email = FreeText.kept(contactEmail);
        String offered = FreeText.kept(whatWeOffer);
        List<FieldError> errors = new ArrayList<>();
        if (projectType == null) {
            errors.add(new FieldError("projectType", "choose the type of project you can help with"));
        }
        if (name == null) {
            errors.add(new FieldError("contactName", "enter a contact: a name or a role"));
        } else if (name.length() > CONTACT_NAME_MAX) {
            errors.add(new FieldError("contactName", "the contact must be " + CONTACT_NAME_MAX
                    + " characters or fewer (it is " + name.length() + ")"));
        }
        if (email == null) {
            errors.add(new FieldError("contactEmail", "enter the contact's e-mail address or a team mailbox"));
        } else if (email.length() > CONTACT_EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("contactEmail", "enter an e-mail address like digital.team@nhs.net"));
        }
        FreeText.check("whatWeOffer", "what you can give", offered, true, OFFER_MAX, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        HelpOffer offer = offers.findByOrganisationIdAndProjectType(organisationId, projectType)
                .orElseGet(() -> new HelpOffer(organisationId, projectType, clock.instant()));
        offer.describe(name, email.toLowerCase(Locale.ROOT), offered, actor.memberId(), clock.instant());
        return view(offers.save(offer));
    }

    /** Withdraws the organisation's offer of help with a type of project; returns whether there was one. */
    @Transactional
    public boolean withdraw(Actor actor, Long organisationId, ProjectType projectType) {
        require(actor, organisationId);
        Optional<HelpOffer> offer = offers.findByOrganisationIdAndProjectType(organisationId, projectType);
        offer.ifPresent(offers::delete);
        return offer.isPresent();
    }

    /** Whether the actor may offer (and withdraw) help for the organisation. */
    public boolean mayOffer(Actor actor, Long organisationId) {
        return HelpPolicy.allows(actor, Action.OFFER_HELP, HelpFacts.organisation(organisationId));
    }

    /** The organisation's offers, by type of project. Offers are seen by everyone signed in. */
    public List<HelpOfferView> offersOf(Long organisationId) {
        return offers.findByOrganisationIdOrderByProjectTypeAsc(organisationId).stream().map(this::view).toList();
    }

    /** The organisation's offer of help with the type, if it makes one. */
    public Optional<HelpOfferView> find(Long organisationId, ProjectType projectType) {
        return offers.findByOrganisationIdAndProjectType(organisationId, projectType).map(this::view);
    }

    /**
     * The organisations offering help with the type, nearest to the viewer's organisation first: those of the same
     * integrated care board, then the same region, then the others; by name within each. The organisations the
     * viewer belongs to are left out. A viewer without an organisation gets them by name.
     */
    public List<HelpOfferView> offersFor(ProjectType projectType, Actor viewer) {
        if (projectType == null) {
            return List.of();
        }
        OrganisationView home = viewer.organisationId() == null ? null : organisations.get(viewer.organisationId());
        return offers.findByProjectType(projectType).stream()
                .filter(o -> !viewer.belongsTo(o.getOrganisationId()))
                .map(this::view)
                .sorted(Comparator.comparingInt((HelpOfferView o) -> distance(home, o))
                        .thenComparing(o -> o.organisationName().toLowerCase(Locale.ROOT))
                        .thenComparing(HelpOfferView::id))
                .toList();
    }

    /** 0: the same integrated care board; 1: the same region; 2: elsewhere or not known. */
    private int distance(OrganisationView home, HelpOfferView offer) {
        if (home == null) {
            return 2;
        }
        OrganisationView there = organisations.get(offer.organisationId());
        String homeBoard = home.parentIcbOdsCode();
        String thereBoard = there.parentIcbOdsCode();
        if (homeBoard != null && (homeBoard.equals(thereBoard) || homeBoard.equals(there.odsCode()))
                || thereBoard != null && thereBoard.equals(home.odsCode())) {
            return 0;
        }
        return home.region() != null && Objects.equals(home.region(), there.region()) ? 1 : 2;
    }

    private static void require(Actor actor, Long organisationId) {
        Decision decision = HelpPolicy.decide(actor, Action.OFFER_HELP,
                HelpFacts.organisation(organisationId));
        if (!decision.allowed()) {
            throw new NotAllowedException(decision.reason());
        }
    }

    private HelpOfferView view(HelpOffer offer) {
        OrganisationView organisation = organisations.get(offer.getOrganisationId());
        return new HelpOfferView(offer.getId(), offer.getOrganisationId(), organisation.name(),
                organisation.odsCode(), organisation.region(), offer.getProjectType(), offer.getContactName(),
                offer.getContactEmail(), offer.getWhatWeOffer(), offer.getUpdatedAt());
    }
}
