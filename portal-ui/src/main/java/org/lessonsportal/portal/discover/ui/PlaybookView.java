package org.lessonsportal.portal.discover.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.search.Playbook;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.pairing.ui.HelpOffersPanel;
import org.lessonsportal.portal.search.ui.SearchLinks;

/**
 * The challenge playbook of a type of project (optionally in one care setting): the kinds of challenge its published
 * lessons met, the most common first ("Clinical engagement — 9 of 14 lessons"), each with how organisations resolved
 * it, in their words, and links to their lessons; then the organisations offering help with the type, nearest first. The address carries the choice
 * ({@code playbook?projectType=fax-removal&setting=acute}), so a playbook can be bookmarked and shared; it is updated
 * as the choice changes. Codes in the address that mean nothing are named and ignored.
 */
@OpenWithoutOrganisation
@Route(value = PortalRoutes.PLAYBOOK, layout = MainLayout.class)
@PageTitle("Challenge playbook - Lessons Portal")
@PermitAll
class PlaybookView extends Div implements BeforeEnterObserver {

    final ComboBox<ProjectType> projectType = new ComboBox<>("Type of project");
    final ComboBox<Setting> setting = new ComboBox<>("Care setting (optional)");
    final Div result = new Div();
    final Paragraph status = new Paragraph();
    private final Paragraph addressProblem = new Paragraph();
    private final SearchService search;
    private final boolean contributor;
    private boolean reading;
    private String address = PortalRoutes.PLAYBOOK;
    private Playbook shown;
    final HelpOffersPanel helpOffers;

    PlaybookView(SearchService search, CurrentUserService currentUsers, HelpOfferService offers,
            PairingService pairings) {
        this.search = search;
        CurrentUser user = currentUsers.require();
        this.contributor = user.hasRole(Roles.CONTRIBUTOR);
        addClassName("playbook-page");

        H1 title = new H1("Challenge playbook");
        title.setId("playbook-title");
        Paragraph lede = Lede.of("Choose a type of project to see the challenges that come up again and again, "
                + "how many lessons met each one, and how other organisations dealt with them.");

        projectType.setId("playbook-project-type");
        projectType.setItems(ProjectType.values());
        projectType.setItemLabelGenerator(Labelled::label);
        projectType.setRequiredIndicatorVisible(true);
        projectType.setManualValidation(true);
        projectType.setHelperText("Required. Choose the closest match.");
        projectType.addValueChangeListener(e -> changed());

        setting.setId("playbook-setting");
        setting.setItems(Setting.values());
        setting.setItemLabelGenerator(Labelled::label);
        setting.setClearButtonVisible(true);
        setting.setHelperText("Leave empty for every care setting.");
        setting.addValueChangeListener(e -> changed());

        addressProblem.setId("playbook-address-problem");
        addressProblem.addClassName("discover-note");
        addressProblem.setVisible(false);

        Div choice = new Div(projectType, setting);
        choice.addClassNames("filters", "playbook-choice");
        choice.setId("playbook-choice");

        status.setId("playbook-status");
        status.addClassName("playbook__status");
        status.getElement().setAttribute("role", "status");
        result.setId("playbook-result");
        result.addClassName("playbook");
        helpOffers = new HelpOffersPanel(offers, pairings, user.actor());
        add(title, lede, choice, addressProblem, status, result, helpOffers);
        show();
    }

    /** The playbook's address for a choice: {@code playbook?projectType=fax-removal&setting=acute}. */
    static String address(ProjectType type, Setting setting) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (type != null) {
            parameters.put(SearchLinks.PROJECT_TYPE, List.of(type.code()));
        }
        if (setting != null) {
            parameters.put(SearchLinks.SETTING, List.of(setting.code()));
        }
        String query = new QueryParameters(parameters).getQueryString();
        return PortalRoutes.PLAYBOOK + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address of what is shown now (also the browser's). */
    String address() {
        return address;
    }

    /** The playbook shown now, or {@code null}. */
    Playbook playbook() {
        return shown;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> problems = new ArrayList<>();
        Optional<ProjectType> type = read(parameters, SearchLinks.PROJECT_TYPE, ProjectType.class, "type of project",
                problems);
        Optional<Setting> chosenSetting = read(parameters, SearchLinks.SETTING, Setting.class, "care setting",
                problems);
        reading = true;
        try {
            projectType.setValue(type.orElse(null));
            setting.setValue(chosenSetting.orElse(null));
        } finally {
            reading = false;
        }
        addressProblem.setText(String.join(" ", problems));
        addressProblem.setVisible(!problems.isEmpty());
        projectType.setInvalid(false);
        show();
        address = address(projectType.getValue(), setting.getValue());
    }

    private static <E extends Enum<E> & Labelled> Optional<E> read(Map<String, List<String>> parameters, String name,
            Class<E> type, String what, List<String> problems) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return Optional.empty();
        }
        String code = values.get(0).strip();
        Optional<E> found = Labelled.find(type, code.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            String shownCode = code.length() > 40 ? code.substring(0, 40) + "…" : code;
            problems.add("The address names a " + what + " we do not know (\"" + shownCode + "\"), so it is "
                    + "left out. Choose one from the list.");
        }
        return found;
    }

    private void changed() {
        if (reading) {
            return;
        }
        addressProblem.setVisible(false);
        if (projectType.getValue() == null) {
            projectType.setErrorMessage("Choose a type of project");
            projectType.setInvalid(true);
        } else {
            projectType.setInvalid(false);
        }
        show();
        address = address(projectType.getValue(), setting.getValue());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
    }

    // ------------------------------------------------------------------------------------------------- showing

    private void show() {
        result.removeAll();
        status.setText("");
        shown = null;
        ProjectType type = projectType.getValue();
        helpOffers.show(type);
        if (type == null) {
            result.add(emptyState("Choose a type of project above to see the challenges its lessons met, and how "
                    + "others resolved them."));
            return;
        }
        Setting chosenSetting = setting.getValue();
        Playbook playbook;
        try {
            playbook = search.playbook(type, chosenSetting);
        } catch (DomainException e) {
            result.add(emptyState(e.getMessage()));
            return;
        }
        shown = playbook;
        String inSetting = chosenSetting == null ? "" : " (care setting: " + chosenSetting.label() + ")";
        if (playbook.lessonCount() == 0) {
            status.setText("No published lessons of this type" + inSetting + " yet.");
            result.add(noLessons(type, chosenSetting));
            return;
        }
        status.setText("Based on " + lessons(playbook.lessonCount()) + " published about " + type.label()
                + inSetting + ".");
        if (playbook.challenges().isEmpty()) {
            result.add(emptyState("Their authors did not say what kinds of challenge they met. Read the lessons "
                    + "themselves for what happened."));
            result.add(new Paragraph(new Anchor(searchAddress(type, chosenSetting, null),
                    "Read the published lessons of this type")));
            return;
        }
        H2 heading = new H2("Challenges, most common first");
        heading.setId("playbook-challenges-heading");
        OrderedList entries = new OrderedList();
        entries.setId("playbook-challenges");
        entries.addClassName("playbook__challenges");
        for (Playbook.Entry entry : playbook.challenges()) {
            entries.add(new PlaybookEntry(entry, playbook, type, chosenSetting));
        }
        result.add(heading, entries);
    }

    private Div noLessons(ProjectType type, Setting chosenSetting) {
        Div empty = new Div();
        empty.addClassNames("panel", "playbook__empty");
        empty.setId("playbook-empty");
        if (contributor) {
            empty.add(new Paragraph(new Span("Be the first: "),
                    anchor(PortalRoutes.NEW_LESSON, "start a new lesson", "playbook-new-lesson"),
                    new Span(" when your " + type.label() + " project is finished, so the next organisation can "
                            + "learn from it.")));
        } else {
            empty.add(new Paragraph("When organisations share lessons of this type, the challenges they met and how "
                    + "they resolved them will appear here."));
        }
        if (chosenSetting != null) {
            empty.add(new Paragraph(anchor(address(type, null), "See the playbook for every care setting",
                    "playbook-all-settings")));
        }
        return empty;
    }

    /** The search for the lessons of a type (in a setting), with one kind of challenge when {@code entry} is set. */
    static String searchAddress(ProjectType type, Setting chosenSetting, Playbook.Entry entry) {
        SearchQuery.Builder query = SearchQuery.builder().projectTypes(type.code());
        if (chosenSetting != null) {
            query.settings(chosenSetting.code());
        }
        if (entry != null) {
            query.challengeTypes(entry.challengeType().code());
        }
        return SearchLinks.searchAddress(query.build());
    }

    private static Paragraph emptyState(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("playbook-prompt");
        paragraph.addClassName("hint");
        return paragraph;
    }

    private static Anchor anchor(String href, String text, String id) {
        Anchor anchor = new Anchor(href, text);
        anchor.setId(id);
        return anchor;
    }

    /** "1 lesson", "14 lessons". */
    static String lessons(long count) {
        return count + (count == 1 ? " lesson" : " lessons");
    }
}
