package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.Names;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * The published lessons, newest first, with simple filters by project type, care setting and region. (Full-text
 * search comes with the search feature.)
 */
@Route(value = PortalRoutes.LESSONS, layout = MainLayout.class)
@PageTitle("Published lessons - Lessons Portal")
@PermitAll
class LessonsView extends Div {

    /** How many of the newest published lessons the list considers. */
    static final int LIMIT = 200;

    final ComboBox<ProjectType> projectType = new ComboBox<>("Type of project");
    final ComboBox<Setting> setting = new ComboBox<>("Care setting");
    final ComboBox<Region> region = new ComboBox<>("Region");
    private final Paragraph count = new Paragraph();
    private final UnorderedList results = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final List<LessonDetails> published = new ArrayList<>();
    private final Names names;

    LessonsView(LessonService lessons, OrganisationService organisations, CurrentUserService currentUsers) {
        this.names = new Names(organisations);
        Actor actor = currentUsers.require().actor();
        addClassName("lessons-page");
        add(new H1("Published lessons"));
        Paragraph lede = new Paragraph("What other NHS organisations learned from digital projects they finished. "
                + "Choose a type of project, care setting or region to narrow the list.");
        lede.addClassName("lede");
        add(lede);

        for (LessonSummary summary : lessons.recentlyPublished(LIMIT)) {
            try {
                published.add(lessons.get(summary.id(), actor));
            } catch (DomainException gone) {
                // archived or removed between the two calls: leave it out
            }
        }

        Div filters = new Div();
        filters.addClassName("filters");
        filters.setId("lesson-filters");
        filter(projectType, ProjectType.values(), "filter-project-type");
        filter(setting, Setting.values(), "filter-setting");
        filter(region, Region.values(), "filter-region");
        Button clear = new Button("Clear filters", e -> {
            projectType.clear();
            setting.clear();
            region.clear();
            refresh();
        });
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filters.add(projectType, setting, region, clear);
        add(filters);

        count.setId("lesson-count");
        count.getElement().setAttribute("role", "status");
        results.setId("lesson-list");
        results.addClassName("card-list");
        empty.setId("no-lessons");
        empty.addClassName("panel");
        add(count, results, empty);
        refresh();
    }

    private <T extends Labelled> void filter(ComboBox<T> box, T[] values, String id) {
        box.setItems(values);
        box.setItemLabelGenerator(Labelled::label);
        box.setClearButtonVisible(true);
        box.setPlaceholder("Any");
        box.setId(id);
        box.addValueChangeListener(e -> refresh());
    }

    void refresh() {
        List<LessonDetails> shown = published.stream()
                .filter(l -> projectType.getValue() == null || l.content().projectType() == projectType.getValue())
                .filter(l -> setting.getValue() == null || l.content().settings().contains(setting.getValue()))
                .filter(l -> region.getValue() == null || l.content().region() == region.getValue())
                .toList();
        results.removeAll();
        shown.forEach(l -> results.add(card(l)));
        count.setText(shown.size() == 1 ? "1 lesson" : shown.size() + " lessons");
        boolean filtered = projectType.getValue() != null || setting.getValue() != null || region.getValue() != null;
        empty.setText(published.isEmpty()
                ? "No lessons have been published yet. When you finish a project, share what you learned: start a "
                        + "new lesson from the menu."
                : "No published lessons match these filters. Try removing a filter.");
        empty.setVisible(shown.isEmpty());
        results.setVisible(!shown.isEmpty());
        count.setVisible(filtered || !shown.isEmpty());
    }

    private ListItem card(LessonDetails lesson) {
        ListItem item = new ListItem();
        item.addClassName("card");
        H2 heading = new H2();
        Anchor link = new Anchor(PortalRoutes.lesson(lesson.id()), lesson.title() == null ? "Untitled lesson"
                : lesson.title());
        heading.add(link);
        item.add(heading);
        if (lesson.content().summary() != null) {
            item.add(new Paragraph(lesson.content().summary()));
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        facts.addClassName("facts--inline");
        fact(facts, "Type of project", lesson.content().projectType() == null ? null
                : lesson.content().projectType().label());
        fact(facts, "Care settings", lesson.content().settings().stream().map(Setting::label)
                .collect(Collectors.joining(", ")));
        fact(facts, "Region", lesson.content().region() == null ? null : lesson.content().region().label());
        fact(facts, "From", names.organisation(lesson.organisationId()));
        fact(facts, "Published", Formats.date(lesson.publishedOn()));
        item.add(facts);
        return item;
    }

    private static void fact(DescriptionList facts, String term, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }

    List<String> shownTitles() {
        return results.getChildren().map(c -> c.getElement().getChild(0).getTextRecursively()).toList();
    }
}
