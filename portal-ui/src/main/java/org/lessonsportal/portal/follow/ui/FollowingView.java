package org.lessonsportal.portal.follow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonsportal.domain.search.SearchParameters;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.Panel;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.search.ui.SearchLinks;
import org.lessonsportal.workflow.follow.Follow;
import org.lessonsportal.workflow.follow.Following;

/**
 * What the signed-in member follows, to be told when a matching lesson is published: types of project and saved
 * searches, each with an "Unfollow" button; a form to follow a type of project; and, when the search page sends
 * someone here with its search in the address ({@code following?q=fax&projectType=fax-removal}), a form to save
 * and follow that search under a name.
 */
@Route(value = PortalRoutes.FOLLOWING, layout = MainLayout.class)
@PageTitle("Following - Lessons Portal")
@PermitAll
class FollowingView extends Div implements BeforeEnterObserver {

    /** The address parameters that describe a search (sort and page do not matter to a saved search). */
    private static final Set<String> SEARCH_PARAMETERS = SearchParameters.searchNames();

    private final Following following;
    private final Actor actor;

    final ErrorSummary errors = new ErrorSummary();
    final Paragraph status = new Paragraph();
    final Div searchPanel = new Div();
    final Paragraph searchInWords = new Paragraph();
    final TextField searchName = new TextField("Name of this search");
    final Button saveSearch = new Button("Save and follow this search");
    final ComboBox<ProjectType> projectType = new ComboBox<>("Type of project");
    final Button followType = new Button("Follow this type of project");
    final Paragraph summary = new Paragraph();
    final UnorderedList list = new UnorderedList();
    private SearchQuery search;

    FollowingView(Following following, CurrentUserService currentUsers) {
        this.following = following;
        this.actor = currentUsers.require().actor();
        addClassName("following-page");
        H1 title = new H1("Following");
        title.setId("following-title");
        Paragraph lede = Lede.of("Follow a type of project or a search, and we will tell you in your "
                + "notifications when a new lesson that matches is published. If the portal sends e-mails, we will "
                + "e-mail you too.");
        status.setId("following-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        errors.setId("following-errors");
        add(title, lede, errors, status, searchForm(), typeForm(), yourFollows());
        refresh();
    }

    // ---------------------------------------------------------------------------------------------------- forms

    private Div searchForm() {
        searchPanel.addClassName("panel");
        searchPanel.setId("follow-search");
        searchInWords.setId("search-in-words");
        searchName.setId("search-name");
        CharacterCount.show(searchName, Following.NAME_MAX, "So you can tell your saved searches apart.");
        searchName.setRequiredIndicatorVisible(true);
        searchName.setManualValidation(true);
        searchName.setWidthFull();
        saveSearch.setId("save-search");
        saveSearch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSearch.addClickListener(e -> saveSearch());
        searchPanel.setVisible(false);
        return searchPanel;
    }

    private Div typeForm() {
        Div panel = Panel.titled("follow-type", "Follow a type of project");
        panel.add(new Paragraph("Hear about every new lesson from one type of project, whatever its words."));
        projectType.setId("project-type");
        projectType.setItems(ProjectType.values());
        projectType.setItemLabelGenerator(Labelled::label);
        projectType.setPlaceholder("Choose a type of project");
        projectType.setRequiredIndicatorVisible(true);
        projectType.setManualValidation(true);
        projectType.setClearButtonVisible(true);
        projectType.setWidth("min(28rem, 100%)");
        followType.setId("follow-type-button");
        followType.addClickListener(e -> followType());
        Div row = new Div(projectType, followType);
        row.addClassName("field-row");
        panel.add(row);
        return panel;
    }

    private Div yourFollows() {
        Div panel = Panel.titled("your-follows", "What you follow");
        summary.setId("follow-summary");
        list.setId("follow-list");
        list.addClassName("item-list");
        panel.add(summary, list);
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Map<String, List<String>> values = parameters.getParameters();
        if (values.keySet().stream().noneMatch(SEARCH_PARAMETERS::contains)) {
            return;
        }
        searchPanel.removeAll();
        searchPanel.setVisible(true);
        searchPanel.add(new H2("Save and follow this search"));
        SearchQuery fromAddress;
        try {
            fromAddress = SearchLinks.fromParameters(parameters, SearchQuery.DEFAULT_SIZE);
        } catch (DomainException e) {
            // back to the same address: the search page explains the same problem there
            cannotFollow(e.getMessage(), new Anchor(PortalRoutes.SEARCH + "?" + parameters.getQueryString(),
                    "Back to the search"));
            return;
        }
        showSearch(fromAddress);
    }

    private void showSearch(SearchQuery fromAddress) {
        Anchor back = new Anchor(SearchLinks.searchAddress(fromAddress.toBuilder().page(0).build()),
                "Back to the search");
        try {
            search = Following.asSaved(fromAddress);
        } catch (ValidationException e) {
            cannotFollow(e.errors().stream().map(FieldError::message).reduce((a, b) -> a + ". " + b).orElse("")
                    + ".", back);
            return;
        }
        back.setId("back-to-search");
        searchPanel.add(new Paragraph("We will tell you when a new lesson is published that this search finds: "
                + "one with all of its words, that meets all of its filters."));
        searchInWords.setText(Follow.describe(search));
        searchName.setValue(Following.suggestedName(search));
        searchName.setInvalid(false);
        searchPanel.add(searchInWords, searchName, new Div(saveSearch), new Paragraph(back));
    }

    private void cannotFollow(String why, Anchor back) {
        search = null;
        back.setId("back-to-search");
        Paragraph problem = new Paragraph("This search cannot be followed. " + why);
        problem.addClassName("error-text");
        problem.setId("search-problem");
        searchPanel.add(problem, new Paragraph(back));
    }

    // -------------------------------------------------------------------------------------------------- actions

    void saveSearch() {
        clearProblems();
        if (search == null) {
            return;
        }
        try {
            Follow saved = following.followSearch(actor, searchName.getValue(), search);
            searchPanel.setVisible(false);
            search = null;
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, PortalRoutes.FOLLOWING));
            confirm("You now follow the search “" + saved.name() + "”. We will tell you when a new lesson matches "
                    + "it.");
            refresh();
        } catch (ValidationException e) {
            showProblems("Your search has not been saved yet.", e.errors());
        } catch (DomainException e) {
            errors.show("Your search has not been saved.", List.of(new Problem(e.getMessage(), null, null)));
        }
    }

    void followType() {
        clearProblems();
        try {
            Follow followed = following.followProjectType(actor, projectType.getValue());
            projectType.clear();
            confirm("You now follow " + followed.title() + ". We will tell you when a new lesson of this type is "
                    + "published.");
            refresh();
        } catch (ValidationException e) {
            showProblems(null, e.errors());
        } catch (DomainException e) {
            errors.show(null, List.of(new Problem(e.getMessage(), projectType, null)));
        }
    }

    private void unfollow(Follow follow) {
        clearProblems();
        try {
            Follow removed = following.unfollow(actor, follow.id());
            confirm("You no longer follow " + FollowItem.quotedTitle(removed) + ".");
        } catch (DomainException e) {
            errors.show(null, List.of(new Problem(e.getMessage(), null, null)));
        }
        refresh();
    }

    // -------------------------------------------------------------------------------------------------- showing

    void refresh() {
        list.removeAll();
        List<Follow> follows = following.list(actor);
        if (follows.isEmpty()) {
            summary.removeAll();
            summary.setText("You do not follow anything yet. Choose a type of project above, or ");
            Anchor searchLink = new Anchor(PortalRoutes.SEARCH, "search for lessons");
            summary.add(searchLink, new Span(" and choose “Follow this search”."));
        } else {
            summary.setText((follows.size() == 1 ? "You follow 1 type of project or search"
                    : "You follow " + follows.size() + " types of project and searches") + ". You can follow up "
                    + "to " + Following.MAX_FOLLOWS + ".");
        }
        list.setVisible(!follows.isEmpty());
        for (Follow follow : follows) {
            list.add(new FollowItem(follow, this::unfollow));
        }
    }

    private void confirm(String message) {
        status.setText(message);
        status.setVisible(true);
    }

    private void clearProblems() {
        errors.hide();
        status.setText("");
        searchName.setInvalid(false);
        projectType.setInvalid(false);
    }

    private void showProblems(String intro, List<FieldError> fieldErrors) {
        List<Problem> problems = new ArrayList<>();
        for (FieldError error : fieldErrors) {
            Component field = switch (error.field()) {
                case Following.NAME_FIELD -> searchName;
                case Following.PROJECT_TYPE_FIELD -> projectType;
                default -> null;
            };
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(error.message());
                validated.setInvalid(true);
            }
            problems.add(new Problem(error.message(), field, null));
        }
        errors.show(intro, problems);
    }
}
