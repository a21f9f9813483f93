package org.lessonsportal.portal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.HelpOfferView;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingState;
import org.lessonsportal.domain.pairing.PairingView;
import org.lessonsportal.domain.question.QuestionService;
import org.lessonsportal.domain.question.QuestionView;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseStage;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An organisation's page: its published lessons and what it reuses; its administrator offers help (a refused save
 * keeps what was typed); a contributor of another organisation asks to be paired from it; the administrator accepts;
 * both organisations' pages show the pairing; the lesson page links to the page.
 */
class OrganisationPageViewTest extends KaribuTest {

    @Autowired
    LessonReuseService reuses;
    @Autowired
    HelpOfferService offers;
    @Autowired
    PairingService pairings;
    @Autowired
    QuestionService questions;

    @Test
    void anOrganisationsPageShowsItsLessonsReuseOffersAndPairings() {
        String helper = newOdsCode();
        String asking = newOdsCode();
        Long lesson = publishedLesson("Cutting over to one EPR " + helper, helper,
                ProjectType.ELECTRONIC_PATIENT_RECORD);
        Person admin = signIn("helper-admin", helper, Roles.CONTRIBUTOR, Roles.ADMIN);

        navigate("home");
        assertThat(_get(Anchor.class, spec -> spec.withId("home-organisation")).getHref())
                .as("the home page leads to the organisation's page").isEqualTo("organisations/" + helper);
        navigate("organisations/" + helper);
        assertThat(_get(H1.class, spec -> spec.withId("organisation-name")).getText())
                .isEqualTo("Test organisation " + helper);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("organisation-lessons-list")).getElement()
                .getTextRecursively()).contains("Cutting over to one EPR " + helper);
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-help-none")).getText())
                .startsWith("Your organisation offers no help yet.");

        _click(_get(Button.class, spec -> spec.withId("offer-help")));
        @SuppressWarnings("unchecked")
        ComboBox<ProjectType> type = _get(ComboBox.class, spec -> spec.withId("offer-project-type"));
        type.setValue(ProjectType.ELECTRONIC_PATIENT_RECORD);
        _get(TextField.class, spec -> spec.withId("offer-contact-name")).setValue("EPR programme office");
        EmailField email = _get(EmailField.class, spec -> spec.withId("offer-contact-email"));
        email.setValue("not an address");
        TextArea what = _get(TextArea.class, spec -> spec.withId("offer-what"));
        what.setValue("A one-hour call and a site visit");
        _click(_get(Button.class, spec -> spec.withId("offer-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address like digital.team@nhs.net.");
        assertThat(what.getValue()).as("kept").isEqualTo("A one-hour call and a site visit");
        email.setValue("epr.office@example.nhs.uk");
        _click(_get(Button.class, spec -> spec.withId("offer-save")));
        HelpOfferView offer = offers.offersOf(admin.actor().organisationId()).get(0);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("organisation-help-list")).getElement()
                .getTextRecursively()).contains("Electronic patient record (EPR)")
                .contains("They can give: A one-hour call and a site visit")
                .contains("Contact: EPR programme office, epr.office@example.nhs.uk");
        _assertNone(Button.class, spec -> spec.withId("ask-pairing-" + offer.id()));

        Person asker = signIn("asker", asking, Roles.CONTRIBUTOR);
        reuses.record(asker.actor(), lesson, ReuseStage.UNDER_WAY, "For our own go-live.");
        navigate("organisations/" + asking);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("organisation-reusing-list")).getElement()
                .getTextRecursively()).contains("Cutting over to one EPR " + helper)
                .contains("under way. \"For our own go-live.\"");
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-pairings-none")).getText())
                .isEqualTo("Not paired with any organisation at the moment.");

        navigate("organisations/" + helper);
        _assertNone(Button.class, spec -> spec.withId("offer-help"));
        _click(_get(Button.class, spec -> spec.withId("ask-pairing-" + offer.id())));
        TextArea message = _get(TextArea.class, spec -> spec.withId("ask-pairing-dialog-text"));
        message.setValue("We met Mrs Smith, NHS number 943 476 5919, at the pilot; can we talk?");
        _click(_get(Button.class, spec -> spec.withId("ask-pairing-dialog-send")));
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).contains("NHS number");
        message.setValue("We go live with our EPR in spring. Could we talk about your cutover weekend?");
        _click(_get(Button.class, spec -> spec.withId("ask-pairing-dialog-send")));
        PairingView asked = pairings.requestsOf(admin.actor().organisationId(), admin.actor()).get(0);
        assertThat(asked.state()).isEqualTo(PairingState.WAITING);
        assertThat(_get(Paragraph.class, spec -> spec.withId("pairing-state-" + asked.id())).getText())
                .startsWith("Waiting for an answer: answer by ");
        _get(Button.class, spec -> spec.withId("pairing-end-" + asked.id()));
        _assertNone(Button.class, spec -> spec.withId("pairing-accept-" + asked.id()));

        actAs(admin);
        navigate("organisations/" + helper);
        _click(_get(Button.class, spec -> spec.withId("pairing-accept-" + asked.id())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("pairing-text-" + asked.id())).getElement()
                .getTextRecursively()).startsWith("Helping Test organisation " + asking + " (" + asking
                        + ") with Electronic patient record (EPR), since ");

        navigate("organisations/" + asking);
        assertThat(_get(Paragraph.class, spec -> spec.withId("pairing-text-" + asked.id())).getElement()
                .getTextRecursively()).startsWith("Helped by Test organisation " + helper);

        navigate("lessons/" + lesson);
        Span from = _get(Span.class, spec -> spec.withId("lesson-organisation"));
        assertThat(from.getElement().getTextRecursively()).isEqualTo("From Test organisation " + helper);
        assertThat(_get(from, Anchor.class, spec -> { }).getHref()).isEqualTo("organisations/" + helper);
    }

    @Test
    void theAdministratorDeclinesWithAReasonTheAskerSeesItAndAPairingIsEndedFromEitherPage() {
        String helper = newOdsCode();
        String asking = newOdsCode();
        Person admin = person("decline-admin", helper, Roles.CONTRIBUTOR, Roles.ADMIN);
        Long helperId = admin.actor().organisationId();
        offers.offer(admin.actor(), helperId, ProjectType.FAX_REMOVAL, "Digital team", "digital@example.nhs.uk",
                "A one-hour call");
        Person asker = person("decline-asker", asking, Roles.CONTRIBUTOR);
        PairingView first = pairings.ask(asker.actor(), helperId, ProjectType.FAX_REMOVAL, "Could we talk?");

        actAs(admin);
        navigate("organisations/" + helper);
        _click(_get(Button.class, spec -> spec.withId("pairing-decline-" + first.id())));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("pairing-decline-dialog-text"));
        reason.setValue("x".repeat(PairingService.REASON_MAX + 1));
        _click(_get(Button.class, spec -> spec.withId("pairing-decline-dialog-send")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("The reason must be 500 characters or fewer (it is 501).");
        reason.setValue("Our team is busy until April.");
        _click(_get(Button.class, spec -> spec.withId("pairing-decline-dialog-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("pairing-state-" + first.id())).getText())
                .startsWith("Declined.");

        actAs(asker);
        navigate("organisations/" + asking);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("organisation-requests-list")).getElement()
                .getTextRecursively()).contains("Asked Test organisation " + helper)
                .contains("Reason for declining: Our team is busy until April.");

        PairingView second = pairings.ask(asker.actor(), helperId, ProjectType.FAX_REMOVAL, "After April, then?");
        pairings.accept(admin.actor(), second.id());
        navigate("organisations/" + asking);
        _click(_get(Button.class, spec -> spec.withId("pairing-end-" + second.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(pairings.get(second.id(), asker.actor()).state()).isEqualTo(PairingState.ENDED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-pairings-none")).getText())
                .isEqualTo("Not paired with any organisation at the moment.");
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        signIn("looker", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("organisations/NOSUCH1");
        _assertNone(H1.class, spec -> spec.withId("organisation-name"));
    }

    @Test
    void anOrganisationsPageShowsTheAnswersItsPeopleGave() {
        String team = newOdsCode();
        String asking = newOdsCode();
        Long lesson = publishedLesson("Tablets for district nurses " + team, team, ProjectType.PAPERLESS);
        Person carol = signIn("carol", asking, Roles.CONTRIBUTOR);
        navigate("organisations/" + team);
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-answers-none")).getText())
                .isEqualTo("Its people have not answered a question yet.");

        QuestionView question = questions.ask(carol.actor(), lesson, "How long did the training take?");
        Person alice = signIn("alice", team, Roles.CONTRIBUTOR);
        questions.answer(alice.actor(), question.id(), "Two hours each, in pairs.");

        actAs(carol);
        navigate("organisations/" + team);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("organisation-answers-list")).getElement()
                .getTextRecursively()).contains("Tablets for district nurses " + team)
                .contains("Asked: \"How long did the training take?\"")
                .contains("answered on").contains("\"Two hours each, in pairs.\"");
        navigate("organisations/" + asking);
        _get(Paragraph.class, spec -> spec.withId("organisation-answers-none"));
    }

    @Test
    void anAdministratorWithdrawsAnOfferAfterConfirming() {
        String helper = newOdsCode();
        Person admin = signIn("withdraw-admin", helper, Roles.CONTRIBUTOR, Roles.ADMIN);
        HelpOfferView offer = offers.offer(admin.actor(), organisations.findByOdsCode(helper).orElseThrow().id(),
                ProjectType.FAX_REMOVAL, "Digital office", "digital.office@nhs.net", "A one-hour call");
        navigate("organisations/" + helper);
        Button withdraw = _get(Button.class, spec -> spec.withId("offer-withdraw-" + offer.id()));
        assertThat(withdraw.getElement().getAttribute("aria-label"))
                .isEqualTo("Withdraw the offer of help with " + ProjectType.FAX_REMOVAL.label());
        _click(withdraw);
        assertThat(offers.offersOf(offer.organisationId())).as("not before confirming").hasSize(1);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(offers.offersOf(offer.organisationId())).isEmpty();
        _get(Paragraph.class, spec -> spec.withId("organisation-help-none"));
    }
}
