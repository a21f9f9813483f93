package org.lessonsportal.portal.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingView;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Administration → Pairings lists every request and pairing, whichever organisations they are between. */
class PairingsTabTest extends KaribuTest {

    @Autowired
    HelpOfferService offers;
    @Autowired
    PairingService pairings;

    @Test
    void anAdministratorSeesEveryPairingWithItsState() {
        String helper = newOdsCode();
        Person helperAdmin = person("pairing-helper-admin", helper, Roles.CONTRIBUTOR, Roles.ADMIN);
        offers.offer(helperAdmin.actor(), helperAdmin.actor().organisationId(), ProjectType.FAX_REMOVAL,
                "Digital team", "digital@example.nhs.uk", "A one-hour call");
        Person asker = person("pairing-asker", newOdsCode(), Roles.CONTRIBUTOR);
        PairingView asked = pairings.ask(asker.actor(), helperAdmin.actor().organisationId(),
                ProjectType.FAX_REMOVAL, "Could we talk about your fax removal?");
        pairings.decline(helperAdmin.actor(), asked.id(), "Busy until April.");

        signIn("site-admin", newOdsCode(), Roles.ADMIN);
        navigate("admin/pairings");

        _get(RouterLink.class, spec -> spec.withId("admin-tab-pairings"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("admin-pairing-state-" + asked.id())).getText())
                .startsWith("Declined. Asked by Test pairing-asker on ").contains("Answered by Test "
                        + "pairing-helper-admin on ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("pairings-summary")).getText()).startsWith("Showing ");
    }
}
