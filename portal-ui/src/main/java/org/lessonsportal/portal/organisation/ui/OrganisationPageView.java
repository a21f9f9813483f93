package org.lessonsportal.portal.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.question.GivenAnswer;
import org.lessonsportal.domain.question.GivenAnswersService;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseView;
import org.lessonsportal.domain.search.SearchHit;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.pairing.ui.OrganisationHelpSection;
import org.lessonsportal.portal.pairing.ui.OrganisationPairingsSection;
import org.lessonsportal.portal.search.ui.SearchLinks;

/**
 * An organisation's page ({@code organisations/ZZ1}, by ODS code; issue 16): who it is, its published lessons (from
 * the search index, newest first), the lessons of others it says it is reusing, the help it offers (with "Ask to be
 * paired"), its pairings and the answers its people gave to questions about lessons; for its own people, its
 * requests to pair. Anyone signed in may open it, like a published lesson.
 */
@OpenWithoutOrganisation
@Route(value = PortalRoutes.ORGANISATIONS + "/:odsCode([A-Za-z0-9]{1,16})", layout = MainLayout.class)
@PermitAll
class OrganisationPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How many published lessons the page lists; the search lists them all. */
    static final int LESSONS_SHOWN = 20;
    /** How many of its latest answers to questions the page shows. */
    static final int ANSWERS_SHOWN = 10;

    private final OrganisationService organisations;
    private final SearchService search;
    private final LessonService lessons;
    private final LessonReuseService reuses;
    private final HelpOfferService offers;
    private final PairingService pairings;
    private final GivenAnswersService answers;
    private final Actor actor;
    private String title = "Organisation";

    OrganisationPageView(OrganisationService organisations, SearchService search, LessonService lessons,
            LessonReuseService reuses, HelpOfferService offers, PairingService pairings, GivenAnswersService answers,
            CurrentUserService currentUsers) {
        this.answers = answers;
        this.organisations = organisations;
        this.search = search;
        this.lessons = lessons;
        this.reuses = reuses;
        this.offers = offers;
        this.pairings = pairings;
        this.actor = currentUsers.require().actor();
        addClassName("organisation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String odsCode = event.getRouteParameters().get("odsCode").orElse("");
        OrganisationView organisation = organisations.findByOdsCode(odsCode).orElse(null);
        if (organisation == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(organisation);
    }

    @Override
    public String getPageTitle() {
        return title + " - Lessons Portal";
    }

    private void show(OrganisationView organisation) {
        removeAll();
        title = organisation.name();
        H1 heading = new H1(organisation.name());
        heading.setId("organisation-name");
        List<String> facts = new ArrayList<>();
        facts.add("ODS code " + organisation.odsCode());
        if (organisation.type() != null) {
            facts.add(organisation.type().label());
        }
        if (organisation.region() != null) {
            facts.add(organisation.region().label());
        }
        Paragraph about = new Paragraph(String.join(" · ", facts));
        about.setId("organisation-facts");
        about.addClassName("lede");
        add(heading, about);
        add(publishedLessons(organisation), reusing(organisation));
        OrganisationPairingsSection paired = new OrganisationPairingsSection(pairings, actor, organisation.id());
        add(new OrganisationHelpSection(offers, pairings, actor, organisation.id(), paired::fill), paired);
        add(answersToQuestions(organisation));
    }

    /** The latest answers its people gave to questions about lessons, each with the question and the lesson. */
    private Div answersToQuestions(OrganisationView organisation) {
        Div section = section("organisation-answers", "Answers to other organisations' questions");
        List<GivenAnswer> given = answers.answersGivenBy(organisation.id(), actor, ANSWERS_SHOWN);
        if (given.isEmpty()) {
            section.add(hint("organisation-answers-none", "Its people have not answered a question yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("organisation-answers-list");
        for (GivenAnswer answer : given) {
            ListItem item = new ListItem(new Anchor(PortalRoutes.lesson(answer.lessonId()) + "#questions",
                    Formats.title(answer.lessonTitle())));
            item.add(new Paragraph("Asked: \"" + answer.question() + "\""));
            item.add(new Paragraph(answer.answeredByName() + " answered on " + Formats.date(answer.answeredAt())
                    + ": \"" + answer.answer() + "\""));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Div publishedLessons(OrganisationView organisation) {
        Div section = section("organisation-lessons", "Published lessons");
        SearchQuery query = SearchQuery.builder().organisations(organisation.odsCode()).sort(SearchSort.NEWEST)
                .size(LESSONS_SHOWN).build();
        SearchResults results;
        try {
            results = search.search(query);
        } catch (DomainException e) {
            section.add(hint("organisation-lessons-none", e.getMessage()));
            return section;
        }
        if (results.total() == 0) {
            section.add(hint("organisation-lessons-none", "No published lessons yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("organisation-lessons-list");
        for (SearchHit hit : results.items()) {
            String published = hit.publishedOn() == null ? "" : ", published " + Formats.date(hit.publishedOn());
            ListItem item = new ListItem(new Anchor(PortalRoutes.lesson(hit.lessonId()), Formats.title(hit.title())));
            item.add(published + (hit.projectType() == null ? "" : " (" + hit.projectType().label() + ")"));
            list.add(item);
        }
        section.add(list);
        if (results.total() > results.items().size()) {
            Anchor all = new Anchor(SearchLinks.searchAddress(SearchQuery.builder()
                    .organisations(organisation.odsCode()).build()), "See all " + results.total() + " lessons");
            all.setId("organisation-lessons-all");
            section.add(new Paragraph(all));
        }
        return section;
    }

    private Div reusing(OrganisationView organisation) {
        Div section = section("organisation-reusing", "Lessons it is reusing");
        List<ReuseView> reused = reuses.reusedBy(organisation.id());
        if (reused.isEmpty()) {
            section.add(hint("organisation-reusing-none", "It has not said it is reusing any lesson yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("organisation-reusing-list");
        for (ReuseView reuse : reused) {
            String lessonTitle;
            try {
                lessonTitle = Formats.title(lessons.get(reuse.lessonId(), actor).title());
            } catch (DomainException e) {
                continue; // taken down since: nothing to link to
            }
            ListItem item = new ListItem(new Anchor(PortalRoutes.lesson(reuse.lessonId()), lessonTitle));
            item.add(": " + reuse.stage().label().toLowerCase(Locale.UK)
                    + (reuse.note() == null ? "." : ". \"" + reuse.note() + "\""));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private static Div section(String id, String heading) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        section.addClassName("organisation-section");
        return section;
    }

    private static Paragraph hint(String id, String text) {
        Paragraph hint = new Paragraph(text);
        hint.setId(id);
        hint.addClassName("hint");
        return hint;
    }
}
