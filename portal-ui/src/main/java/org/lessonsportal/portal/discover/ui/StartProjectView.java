package org.lessonsportal.portal.discover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.pairing.ui.HelpOffersPanel;
import org.lessonsportal.portal.search.ui.SearchLinks;

/**
 * "Starting a project?": someone describes the project they are about to start (and, if they know it, its type) and
 * sees, as they type, the published lessons of other organisations that did something like it, whom to ask, and why
 * each matched; with a link to the challenge playbook of the type and, once a type is chosen, the organisations
 * offering help with it (nearest first), whom they can be asked to pair with. Nothing typed is saved or lost: a description
 * longer than the search reads is kept whole, and the page says that only its first part is used.
 * <p>
 * {@code start?projectType=fax-removal} opens the page with the type chosen.
 */
@Route(value = PortalRoutes.START_PROJECT, layout = MainLayout.class)
@PageTitle("Starting a project? - Lessons Portal")
@PermitAll
class StartProjectView extends Div implements BeforeEnterObserver {

    /** How long typing pauses before the lessons are looked up (the page also looks when the field is left). */
    static final int TYPING_PAUSE_MS = 600;
    static final int RESULTS = 10;

    final TextArea description = new TextArea("Describe your project");
    final ComboBox<ProjectType> projectType = new ComboBox<>("Type of project (optional)");
    final Button find = new Button("Find similar lessons");
    final Paragraph tooLong = new Paragraph();
    final Anchor playbookLink = new Anchor();
    final SimilarLessonsPanel similar;
    final HelpOffersPanel helpOffers;

    StartProjectView(SearchService search, CurrentUserService currentUsers, HelpOfferService offers,
            PairingService pairings) {
        addClassName("start-page");
        Long organisationId = currentUsers.require().organisationId();

        H1 title = new H1("Starting a project?");
        title.setId("start-title");
        Paragraph lede = Lede.of("Describe the project you are about to start. We will show you lessons from "
                + "other NHS organisations that have done something like it, so you can learn from what they found "
                + "and ask them about it.");

        description.setId("project-description");
        description.setHelperText("What you are changing, for whom, and the systems or suppliers involved. For "
                + "example, \"Replacing fax machines in outpatients with secure email\". The more you tell us, the "
                + "better the matches. We use it only to look for lessons; it is not saved.");
        description.setWidthFull();
        description.setMinHeight("9rem");
        description.setValueChangeMode(ValueChangeMode.TIMEOUT);
        description.setValueChangeTimeout(TYPING_PAUSE_MS);
        description.addValueChangeListener(e -> refresh());
        description.addBlurListener(e -> refresh());

        projectType.setId("project-type");
        projectType.setItems(ProjectType.values());
        projectType.setItemLabelGenerator(Labelled::label);
        projectType.setClearButtonVisible(true);
        projectType.setHelperText("If you know it. Lessons of the same type come first.");
        projectType.setWidthFull();
        projectType.addValueChangeListener(e -> refresh());

        tooLong.setId("description-too-long");
        tooLong.addClassName("discover-note");
        tooLong.getElement().setAttribute("role", "status");
        tooLong.setVisible(false);

        find.setId("find-similar");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(e -> refresh());

        Div form = new Div(description, tooLong, projectType, find);
        form.addClassNames("panel", "start-form");
        form.setId("start-form");

        playbookLink.setId("start-playbook-link");
        Paragraph playbook = new Paragraph(playbookLink);
        playbook.addClassName("start-playbook");

        similar = new SimilarLessonsPanel(search, organisationId, RESULTS, SimilarLessonsPanel.Mode.PAGE,
                "Lessons like your project", "similar-lessons");
        similar.addClassName("panel");

        // the organisations offering help with the type chosen, nearest first
        helpOffers = new HelpOffersPanel(offers, pairings, currentUsers.require().actor());
        projectType.addValueChangeListener(e -> helpOffers.show(e.getValue()));

        add(title, lede, form, playbook, helpOffers, similar);
        updatePlaybookLink();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> types = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(SearchLinks.PROJECT_TYPE, List.of());
        if (!types.isEmpty()) {
            Labelled.find(ProjectType.class, types.get(0)).ifPresent(projectType::setValue);
        }
    }

    private void refresh() {
        String text = description.getValue();
        boolean cut = text != null && text.length() > SearchService.MAX_DESCRIPTION;
        if (cut) {
            String limit = NumberFormat.getIntegerInstance(Locale.UK).format(SearchService.MAX_DESCRIPTION);
            tooLong.setText("Your description is longer than " + limit + " characters, so we look for lessons "
                    + "using the first " + limit + " only. Everything you typed stays here.");
        }
        tooLong.setVisible(cut);
        updatePlaybookLink();
        similar.show(text, projectType.getValue());
    }

    private void updatePlaybookLink() {
        ProjectType type = projectType.getValue();
        if (type == null) {
            playbookLink.setHref(PortalRoutes.PLAYBOOK);
            playbookLink.setText("See the challenge playbook: the problems each type of project met, and how "
                    + "others solved them");
        } else {
            playbookLink.setHref(PlaybookView.address(type, null));
            playbookLink.setText("See the challenge playbook for " + type.label() + ": the problems these projects "
                    + "met, and how others solved them");
        }
    }
}
