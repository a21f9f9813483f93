package org.lessonsportal.portal.discover.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.HelpOfferView;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingState;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Starting a project?" and the challenge playbook show the organisations offering help with the type chosen, those
 * of the person's region first, and the person asks one of them to pair.
 */
class HelpOffersPanelTest extends KaribuTest {

    @Autowired
    HelpOfferService offers;
    @Autowired
    PairingService pairings;

    @Test
    void offersOfTheTypeChosenComeNearestFirstAndAPersonAsksToBePaired() {
        String home = organisation(Region.SOUTH_WEST);
        String far = organisation(Region.LONDON);
        String near = organisation(Region.SOUTH_WEST);
        HelpOfferView farOffer = offer(far, "A site visit to our virtual ward hub");
        HelpOfferView nearOffer = offer(near, "A one-hour call with our clinical lead");
        Person starter = signIn("starter", home, Roles.CONTRIBUTOR);

        navigate("start");
        StartProjectView start = _get(StartProjectView.class);
        assertThat(start.helpOffers.isVisible()).as("no type chosen yet").isFalse();
        start.projectType.setValue(ProjectType.REMOTE_MONITORING);
        assertThat(_get(H2.class, spec -> spec.withId("help-offers-heading")).getText())
                .isEqualTo("Organisations that can help with Remote monitoring and virtual wards");
        String listed = _get(UnorderedList.class, spec -> spec.withId("help-offers-list")).getElement()
                .getTextRecursively();
        assertThat(listed).contains("Region: South West", "They can give: A one-hour call with our clinical lead",
                "Contact: Virtual wards team, wards@example.nhs.uk");
        assertThat(listed.indexOf("(" + near + ")")).as("the same region first").isNotNegative()
                .isLessThan(listed.indexOf("(" + far + ")"));

        _click(_get(Button.class, spec -> spec.withId("ask-pairing-" + nearOffer.id())));
        TextArea message = _get(TextArea.class, spec -> spec.withId("ask-pairing-dialog-text"));
        _click(_get(Button.class, spec -> spec.withId("ask-pairing-dialog-send")));
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Enter your message.");
        message.setValue("We start a virtual ward for frailty in March. Could we talk?");
        _click(_get(Button.class, spec -> spec.withId("ask-pairing-dialog-send")));
        assertThat(pairings.requestsOf(starter.actor().organisationId(), starter.actor())).singleElement()
                .satisfies(p -> {
                    assertThat(p.offeringOrganisationId()).isEqualTo(nearOffer.organisationId());
                    assertThat(p.state()).isEqualTo(PairingState.WAITING);
                });

        DiscoverTestLessons.open("playbook?projectType=remote-monitoring");
        String inPlaybook = _get(UnorderedList.class, spec -> spec.withId("help-offers-list")).getElement()
                .getTextRecursively();
        assertThat(inPlaybook.indexOf("(" + near + ")")).isNotNegative()
                .isLessThan(inPlaybook.indexOf("(" + far + ")"));
        assertThat(farOffer.id()).isNotNull();
    }

    private String organisation(Region region) {
        String ods = newOdsCode();
        organisations.provision(new OrganisationDetails(ods, "Test organisation " + ods, Setting.COMMUNITY, region,
                null));
        return ods;
    }

    private HelpOfferView offer(String ods, String what) {
        Person admin = person("admin-" + ods.toLowerCase(), ods, Roles.CONTRIBUTOR, Roles.ADMIN);
        return offers.offer(admin.actor(), admin.actor().organisationId(), ProjectType.REMOTE_MONITORING,
                "Virtual wards team", "wards@example.nhs.uk", what);
    }
}
