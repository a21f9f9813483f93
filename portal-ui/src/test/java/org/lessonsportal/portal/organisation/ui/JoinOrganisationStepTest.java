package org.lessonsportal.portal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.JoinRequestState;
import org.lessonsportal.domain.organisation.JoinRequestView;
import org.lessonsportal.domain.organisation.JoinRequestService;
import org.lessonsportal.domain.organisation.OrganisationChoice;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.IdentityPaths;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisation step (docs/adr/0049) for someone signed in without an organisation: asking keeps what they typed
 * when it is refused, a waiting request says so, an administrator of the organisation sees it and declines it with a
 * reason the person then reads. Confirming needs the identity provider; without it nothing changes and the
 * administrator is told in plain words (the browser test confirms against the real Keycloak).
 */
class JoinOrganisationStepTest extends KaribuTest {

    @Autowired
    JoinRequestService joinRequests;

    private JoinOrganisationStep step() {
        navigate(IdentityPaths.NO_ORGANISATION);
        return _get(JoinOrganisationStep.class);
    }

    @Test
    void aPersonAsksAnAdministratorDeclinesWithAReasonAndThePersonReadsIt() {
        String trust = newOdsCode();
        Person admin = person("joinadmin", trust, Roles.ADMIN);
        Person nina = signIn("nina", null, Roles.CONTRIBUTOR);

        JoinOrganisationStep step = step();
        assertThat(step.form.isVisible()).isTrue();
        step.note.setValue("Digital lead, outpatients");
        _click(_get(Button.class, spec -> spec.withId("join-organisation-ask")));
        assertThat(step.errors.problems()).containsExactly("Choose your organisation from the list.");
        assertThat(step.organisation.isInvalid()).isTrue();
        assertThat(step.note.getValue()).as("kept").isEqualTo("Digital lead, outpatients");

        OrganisationChoice choice = joinRequests.organisationsToJoin(trust, 0, 10).get(0);
        step.organisation.setValue(choice);
        _click(_get(Button.class, spec -> spec.withId("join-organisation-ask")));
        assertThat(step.form.isVisible()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-waiting")).getText())
                .startsWith("You asked to join Test organisation " + trust + " (" + trust + ") on ");

        actAs(admin);
        navigate("admin/join-requests");
        JoinRequestView waiting = joinRequests.latest(nina.actor()).orElseThrow();
        ListItem card = _get(ListItem.class, spec -> spec.withId("join-request-" + waiting.id()));
        assertThat(card.getElement().getTextRecursively()).contains("Test nina asks to join Test organisation "
                + trust).contains("What they do there: Digital lead, outpatients")
                .doesNotContain("No administrator of");

        _click(_get(Button.class, spec -> spec.withId("join-confirm-" + waiting.id())));
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .startsWith("The organisation accounts service could not be changed, so nothing was confirmed."));
        assertThat(joinRequests.latest(nina.actor()).orElseThrow().state()).isEqualTo(JoinRequestState.WAITING);

        _click(_get(Button.class, spec -> spec.withId("join-decline-" + waiting.id())));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason"));
        assertThat(reason.getHelperText()).as("the limit the service keeps").endsWith("0 of 500 characters.");
        reason.setValue("We have no one of that name here.");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertThat(_find(ListItem.class, spec -> spec.withId("join-request-" + waiting.id()))).isEmpty();

        actAs(nina);
        JoinOrganisationStep again = step();
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-declined")).getText())
                .isEqualTo("Your request to join Test organisation " + trust + " (" + trust + ") was declined by "
                        + "Test joinadmin: We have no one of that name here. You can ask again below.");
        assertThat(again.form.isVisible()).isTrue();
    }

    @Test
    void aWaitingRequestCanBeWithdrawn() {
        String trust = newOdsCode();
        person("withdrawadmin", trust, Roles.ADMIN);
        Person omar = signIn("omar", null, Roles.CONTRIBUTOR);
        joinRequests.ask(omar.actor(), trust, null);

        JoinOrganisationStep step = step();
        assertThat(step.form.isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("join-withdraw")));

        assertThat(step.form.isVisible()).isTrue();
        assertThat(joinRequests.latest(omar.actor()).orElseThrow().state()).isEqualTo(JoinRequestState.WITHDRAWN);
    }

    @Test
    void aConfirmedPersonStillWithoutAnOrganisationMayAskAgain() {
        String trust = newOdsCode();
        Person admin = person("confirmadmin", trust, Roles.ADMIN);
        Person una = signIn("una", null, Roles.CONTRIBUTOR);
        JoinRequestView asked = joinRequests.ask(una.actor(), trust, null);
        joinRequests.confirm(asked.id(), admin.actor(), "kc-" + trust);

        JoinOrganisationStep step = step(); // not signed in again yet, or taken out of it since
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-confirmed")).getText())
                .endsWith("If you have already signed in again and still see this page, ask again below.");
        assertThat(step.form.isVisible()).isTrue();
    }
}
