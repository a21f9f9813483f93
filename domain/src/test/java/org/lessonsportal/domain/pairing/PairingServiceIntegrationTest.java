package org.lessonsportal.domain.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.testsupport.LessonTestCase;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Exemplar pairing: an organisation's administrator offers help, a contributor of another organisation asks, the
 * offering organisation's administrator accepts or declines, either side ends it, the deadline lapses it; everyone
 * else is refused, patient data is kept out, and offers come nearest first.
 */
@SpringBootTest
@RecordApplicationEvents
class PairingServiceIntegrationTest extends LessonTestCase {

    @Autowired
    HelpOfferService offers;
    @Autowired
    PairingService pairings;
    @Autowired
    PairingSettings settings;
    @Autowired
    ApplicationEvents events;

    @Test
    void anAdministratorOffersAnotherOrganisationAsksTheyArePairedAndEitherSideEndsIt() {
        OrganisationView helper = region(Region.NORTH_WEST, null);
        OrganisationView asking = region(Region.LONDON, null);
        Actor helperAdmin = data.member(helper, Roles.CONTRIBUTOR, Roles.ADMIN);
        Actor helperMember = data.member(helper, Roles.CONTRIBUTOR);
        Actor asker = data.member(asking, Roles.CONTRIBUTOR);
        Actor askingColleague = data.member(asking, Roles.CONTRIBUTOR);
        Actor askingAdmin = data.member(asking, Roles.CONTRIBUTOR, Roles.ADMIN);
        Actor elsewhere = data.member(data.organisation(), Roles.CONTRIBUTOR, Roles.ADMIN);

        assertThatThrownBy(() -> offers.offer(helperMember, helper.id(), ProjectType.ELECTRONIC_PATIENT_RECORD,
                "Digital team", "digital@example.nhs.uk", "A one-hour call")).isInstanceOf(NotAllowedException.class)
                .hasMessage("Only the organisation's administrators can offer or withdraw its help.");
        HelpOfferView offer = offers.offer(helperAdmin, helper.id(), ProjectType.ELECTRONIC_PATIENT_RECORD,
                "  EPR programme office ", "EPR.Office@Example.nhs.uk", " A one-hour call, and a site visit ");
        assertThat(offer.contactEmail()).isEqualTo("epr.office@example.nhs.uk");
        assertThat(offer.whatWeOffer()).isEqualTo("A one-hour call, and a site visit");
        assertThat(offers.offer(helperAdmin, helper.id(), ProjectType.ELECTRONIC_PATIENT_RECORD, "Jo Bloggs",
                "jo.bloggs@example.nhs.uk", "A site visit").id()).as("one offer per type").isEqualTo(offer.id());
        assertThat(offers.offersOf(helper.id())).singleElement().extracting(HelpOfferView::contactName)
                .isEqualTo("Jo Bloggs");

        assertThatThrownBy(() -> pairings.ask(helperMember, helper.id(), ProjectType.ELECTRONIC_PATIENT_RECORD,
                "Hello")).isInstanceOf(NotAllowedException.class)
                .hasMessage("This is your own organisation's offer: ask another organisation.");
        assertThatThrownBy(() -> pairings.ask(asker, helper.id(), ProjectType.FAX_REMOVAL, "Hello"))
                .as("no offer for that type").isInstanceOf(NotFoundException.class);
        long before = System.currentTimeMillis();
        PairingView asked = pairings.ask(asker, helper.id(), ProjectType.ELECTRONIC_PATIENT_RECORD,
                "  We go live with our EPR in the spring; could we talk about your cutover?  ");
        assertThat(asked.state()).isEqualTo(PairingState.WAITING);
        assertThat(asked.message()).isEqualTo("We go live with our EPR in the spring; could we talk about your "
                + "cutover?");
        assertThat(asked.replyBy()).isBetween(asked.askedAt().plus(settings.getReplyWithin()).minusSeconds(1),
                asked.askedAt().plus(settings.getReplyWithin()).plusSeconds(1));
        assertThat(settings.getReplyWithin()).isEqualTo(Duration.ofDays(10));
        assertThat(asked.askedAt().toEpochMilli()).isGreaterThanOrEqualTo(before - 1000);
        assertThat(events.stream(PairingRequested.class)).singleElement().satisfies(e -> {
            assertThat(e.pairingId()).isEqualTo(asked.id());
            assertThat(e.offeringOrganisationId()).isEqualTo(helper.id());
            assertThat(e.replyBy()).isEqualTo(asked.replyBy());
        });
        assertThatThrownBy(() -> pairings.ask(askingColleague, helper.id(), ProjectType.ELECTRONIC_PATIENT_RECORD,
                "Us too")).isInstanceOf(NotAllowedException.class).hasMessageContaining("has already asked");

        assertThat(pairings.requestsOf(helper.id(), helperAdmin)).extracting(PairingView::id).containsExactly(
                asked.id());
        assertThat(pairings.requestsOf(asking.id(), askingColleague)).extracting(PairingView::id)
                .containsExactly(asked.id());
        assertThat(pairings.requestsOf(helper.id(), elsewhere)).as("a third organisation's people").isEmpty();
        assertThat(pairings.administratorsOf(helper.id())).containsExactly(helperAdmin.memberId());

        assertThatThrownBy(() -> pairings.accept(askingAdmin, asked.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pairings.accept(helperMember, asked.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pairings.accept(elsewhere, asked.id())).isInstanceOf(NotAllowedException.class);
        Actor outsider = data.member(data.organisation(), Roles.CONTRIBUTOR);
        assertThatThrownBy(() -> pairings.get(asked.id(), outsider)).isInstanceOf(NotFoundException.class);
        PairingView accepted = pairings.accept(helperAdmin, asked.id());
        assertThat(accepted.state()).isEqualTo(PairingState.ACCEPTED);
        assertThat(accepted.answeredByName()).isNotBlank();
        assertThat(pairings.pairingsOf(helper.id())).extracting(PairingView::id).containsExactly(asked.id());
        assertThat(pairings.pairingsOf(asking.id())).extracting(PairingView::id).containsExactly(asked.id());
        assertThat(pairings.requestsOf(helper.id(), helperAdmin)).isEmpty();
        assertThatThrownBy(() -> pairings.decline(helperAdmin, asked.id(), null))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("no longer waiting");

        assertThatThrownBy(() -> pairings.end(askingColleague, asked.id())).isInstanceOf(NotAllowedException.class);
        PairingView ended = pairings.end(askingAdmin, asked.id());
        assertThat(ended.state()).isEqualTo(PairingState.ENDED);
        assertThat(pairings.pairingsOf(helper.id())).isEmpty();
        assertThat(events.stream(PairingAnswered.class)).extracting(PairingAnswered::state)
                .containsExactly(PairingState.ACCEPTED, PairingState.ENDED);
        assertThat(pairings.all(elsewhere, 0, 50)).extracting(PairingView::id).contains(asked.id());
        assertThatThrownBy(() -> pairings.all(asker, 0, 50)).isInstanceOf(NotAllowedException.class);

        assertThat(offers.withdraw(helperAdmin, helper.id(), ProjectType.ELECTRONIC_PATIENT_RECORD)).isTrue();
        assertThat(offers.offersOf(helper.id())).isEmpty();
    }

    @Test
    void aDeclineMayGiveAReasonALapsedRequestCannotBeAnsweredAndPatientDataIsRefused() {
        OrganisationView helper = region(Region.MIDLANDS, null);
        OrganisationView asking = region(Region.MIDLANDS, null);
        Actor helperAdmin = data.member(helper, Roles.CONTRIBUTOR, Roles.ADMIN);
        Actor asker = data.member(asking, Roles.CONTRIBUTOR);
        offers.offer(helperAdmin, helper.id(), ProjectType.FAX_REMOVAL, "Digital team", "digital@example.nhs.uk",
                "A one-hour call");
        offers.offer(helperAdmin, helper.id(), ProjectType.PAPERLESS, "Digital team", "digital@example.nhs.uk",
                "A site visit");

        assertThatThrownBy(() -> pairings.ask(asker, helper.id(), ProjectType.FAX_REMOVAL,
                "Our pilot with Mrs Smith, NHS number 943 476 5919, went badly."))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("message"))
                        .anyMatch(m -> m.startsWith("your message seems to contain an NHS number")));
        assertThatThrownBy(() -> pairings.ask(asker, helper.id(), ProjectType.FAX_REMOVAL, "   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("message"))
                        .containsExactly("enter your message"));
        assertThatThrownBy(() -> pairings.ask(asker, helper.id(), ProjectType.FAX_REMOVAL, "x".repeat(601)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("message"))
                        .containsExactly("your message must be 600 characters or fewer (it is 601)"));

        PairingView fax = pairings.ask(asker, helper.id(), ProjectType.FAX_REMOVAL, "Can we talk about fax?");
        PairingView declined = pairings.decline(helperAdmin, fax.id(), "  Our team is busy until April.  ");
        assertThat(declined.state()).isEqualTo(PairingState.DECLINED);
        assertThat(declined.reason()).isEqualTo("Our team is busy until April.");
        assertThat(pairings.requestsOf(asking.id(), asker)).extracting(PairingView::state)
                .containsExactly(PairingState.DECLINED);
        PairingView again = pairings.ask(asker, helper.id(), ProjectType.FAX_REMOVAL, "After April, then?");
        assertThat(pairings.decline(helperAdmin, again.id(), null).reason()).as("the reason is optional").isNull();

        PairingView paperless = pairings.ask(asker, helper.id(), ProjectType.PAPERLESS, "Could we visit?");
        assertThatThrownBy(() -> pairings.lapse(asker, paperless.id())).isInstanceOf(NotAllowedException.class);
        assertThat(pairings.lapse(Actor.SYSTEM, paperless.id())).get().extracting(PairingView::state)
                .isEqualTo(PairingState.LAPSED);
        assertThat(pairings.lapse(Actor.SYSTEM, paperless.id())).as("only once").isEmpty();
        assertThatThrownBy(() -> pairings.accept(helperAdmin, paperless.id()))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("no answer in time");

        PairingView withdrawn = pairings.end(asker, pairings.ask(asker, helper.id(), ProjectType.PAPERLESS,
                "Trying again").id());
        assertThat(withdrawn.state()).as("a waiting request ended by its asker").isEqualTo(PairingState.WITHDRAWN);
    }

    @Test
    void anOfferNeedsAContactAnEmailAddressAndWhatIsOfferedWithoutPatientData() {
        OrganisationView helper = data.organisation();
        Actor helperAdmin = data.member(helper, Roles.CONTRIBUTOR, Roles.ADMIN);
        assertThatThrownBy(() -> offers.offer(helperAdmin, helper.id(), null, " ", "not an address",
                "Call Mr Jones on NHS number 943 476 5919"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messagesFor("projectType")).containsExactly("choose the type of project you can "
                            + "help with");
                    assertThat(e.messagesFor("contactName")).containsExactly("enter a contact: a name or a role");
                    assertThat(e.messagesFor("contactEmail")).containsExactly("enter an e-mail address like "
                            + "digital.team@nhs.net");
                    assertThat(e.messagesFor("whatWeOffer")).anyMatch(m -> m.startsWith("what you can give seems to "
                            + "contain an NHS number"));
                });
        assertThatThrownBy(() -> offers.offer(helperAdmin, helper.id(), ProjectType.IMAGING, "Team", "t@nhs.net",
                "y".repeat(HelpOfferService.OFFER_MAX + 1))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messagesFor("whatWeOffer")).containsExactly("what you can give must be 300 "
                        + "characters or fewer (it is 301)"));
        assertThat(offers.offersOf(helper.id())).isEmpty();
    }

    @Test
    void offersComeFromTheSameBoardFirstThenTheSameRegionThenElsewhereAndNeverFromTheViewersOwn() {
        String board = LessonTestData.unique("Q");
        OrganisationView viewerOrganisation = region(Region.SOUTH_WEST, board);
        OrganisationView sameBoard = named("Zebra Trust", Region.SOUTH_WEST, board);
        OrganisationView sameRegionA = named("Beta Trust", Region.SOUTH_WEST, null);
        OrganisationView sameRegionB = named("Alpha Trust", Region.SOUTH_WEST, null);
        OrganisationView elsewhere = named("Aardvark Trust", Region.LONDON, null);
        for (OrganisationView organisation : new OrganisationView[] {viewerOrganisation, sameBoard, sameRegionA,
                sameRegionB, elsewhere}) {
            offers.offer(data.member(organisation, Roles.CONTRIBUTOR, Roles.ADMIN), organisation.id(),
                    ProjectType.CYBER_SECURITY, "Security team", "security@example.nhs.uk", "A one-hour call");
        }
        Actor viewer = data.member(viewerOrganisation, Roles.CONTRIBUTOR);

        assertThat(offers.offersFor(ProjectType.CYBER_SECURITY, viewer)).extracting(HelpOfferView::organisationId)
                .containsSubsequence(sameBoard.id(), sameRegionB.id(), sameRegionA.id(), elsewhere.id())
                .doesNotContain(viewerOrganisation.id());
        Actor noOrganisation = data.member(null, Roles.CONTRIBUTOR);
        assertThat(offers.offersFor(ProjectType.CYBER_SECURITY, noOrganisation))
                .extracting(HelpOfferView::organisationId).containsSubsequence(elsewhere.id(), sameRegionB.id(),
                        sameRegionA.id(), sameBoard.id());
    }

    private OrganisationView region(Region region, String board) {
        String ods = LessonTestData.unique("Z");
        return organisations.provision(new OrganisationDetails(ods, "Test Trust " + ods, Setting.ACUTE, region, null,
                board));
    }

    private OrganisationView named(String name, Region region, String board) {
        String ods = LessonTestData.unique("Z");
        return organisations.provision(new OrganisationDetails(ods, name + " " + ods, Setting.ACUTE, region, null,
                board));
    }
}
