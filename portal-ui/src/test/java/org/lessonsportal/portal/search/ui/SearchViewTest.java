package org.lessonsportal.portal.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.word;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.Passage;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

/**
 * The search page: the address holds the search, facets and order and pages change the address, passages are marked
 * safely, an empty result says what to try, and no text breaks it. Every test searches for made-up words of its own,
 * so lessons other tests publish into the shared index never interfere.
 */
class SearchViewTest extends KaribuTest {

    private String marker;
    private String fax;
    private String epr;
    private String paperless;

    @BeforeEach
    void threeLessons() {
        marker = word();
        fax = "Fax removal " + marker;
        epr = "EPR go-live " + marker;
        paperless = "GP paperless " + marker;
        publishAll(
                lesson(fax, newOdsCode(), ProjectType.FAX_REMOVAL, Setting.ACUTE, Region.SOUTH_WEST,
                        "Our wards used " + marker + " to track <script>alert(1)</script> referrals.", "2023-06-30"),
                lesson(epr, newOdsCode(), ProjectType.ELECTRONIC_PATIENT_RECORD, Setting.ACUTE, Region.LONDON,
                        "Three sites and " + marker + " moved to one record.", "2024-03-31"),
                lesson(paperless, newOdsCode(), ProjectType.PAPERLESS, Setting.PRIMARY_CARE, Region.SOUTH_WEST,
                        "The practice scanned " + marker + " notes.", "2024-09-30"));
        signIn("searcher", newOdsCode(), Roles.CONTRIBUTOR);
    }

    @Test
    void theAddressGivesTheWordsFiltersAndOrder() {
        open("q=" + marker + "&region=south-west&sort=newest");

        assertThat(view().shownTitles()).containsExactly(paperless, fax);
        assertThat(view().text.getValue()).isEqualTo(marker);
        assertThat(view().sort.getValue()).isEqualTo(SearchSort.NEWEST);
        assertThat(view().status()).isEqualTo("2 lessons found for ‘" + marker + "’ with 1 filter");
        assertThat(view().facet(Facet.REGION).checkboxOf("south-west").getValue()).isTrue();
        assertThat(view().facet(Facet.REGION).labels()).as("a facet in use counts as if it were not")
                .containsExactly("South West (2)", "London (1)");
        assertThat(view().facet(Facet.PROJECT_TYPE).labels())
                .containsExactlyInAnyOrder("Fax machine removal (1)", "Going paperless (1)");
        assertThat(view().facet(Facet.YEAR_COMPLETED).labels()).containsExactly("2024 (1)", "2023 (1)");
        assertThat(view().facet(Facet.CHALLENGE_TYPE).labels()).containsExactly("Data migration (2)");
        assertThat(view().getPageTitle()).isEqualTo("Search lessons for ‘" + marker + "’ - Lessons Portal");
        assertAddress(anchor("clear-filters").getHref(), "lessons?q=" + marker + "&sort=newest");
        assertAddress(anchor("follow-search").getHref(),
                "following?q=" + marker + "&region=south-west&sort=newest");
    }

    @Test
    void tickingAFacetChangesTheAddressAndTheResults() {
        open("q=" + marker);
        SearchView page = view();
        assertThat(view().shownTitles()).containsExactlyInAnyOrder(fax, epr, paperless);
        assertThat(view().status()).isEqualTo("3 lessons found for ‘" + marker + "’");

        _setValue(view().facet(Facet.SETTING).checkboxOf("primary-care"), true);

        assertAddress(view().address(), "lessons?q=" + marker + "&setting=primary-care");
        assertThat(view()).as("the same page, updated in place").isSameAs(page);
        assertThat(view().shownTitles()).containsExactly(paperless);
        assertThat(view().facet(Facet.SETTING).checkboxOf("primary-care").getValue()).isTrue();
        assertThat(view().facet(Facet.SETTING).getSummaryText()).isEqualTo("Care setting, 1 selected");

        _setValue(view().facet(Facet.PROJECT_TYPE).checkboxOf("paperless"), true);
        assertAddress(view().address(), "lessons?q=" + marker + "&projectType=paperless&setting=primary-care");
        assertThat(view().status()).endsWith("with 2 filters");

        _setValue(view().facet(Facet.SETTING).checkboxOf("primary-care"), false);
        assertAddress(view().address(), "lessons?q=" + marker + "&projectType=paperless");
        assertThat(view().shownTitles()).containsExactly(paperless);

        follow(anchor("clear-filters").getHref());
        assertThat(view().shownTitles()).containsExactlyInAnyOrder(fax, epr, paperless);
        _assertNone(Anchor.class, spec -> spec.withId("clear-filters"));
    }

    @Test
    void searchingKeepsTheFiltersAndStartsFromTheFirstPage() {
        open("setting=acute");

        _setValue(view().text, "  " + marker + "  ");
        _click(view().submit);

        assertAddress(view().address(), "lessons?q=" + marker + "&setting=acute");
        assertThat(view().shownTitles()).containsExactlyInAnyOrder(fax, epr);
    }

    @Test
    void matchingWordsAreMarkedAndLessonTextIsNeverHtml() {
        open("q=" + marker + "+referrals");
        assertThat(view().shownTitles()).contains(fax);

        // The fax lesson's card wherever it is ranked: with a made-up word in the search, ranking by meaning may put
        // another lesson with that word first; what is checked here is how a card shows the words.
        ListItem card = (ListItem) _get(UnorderedList.class, spec -> spec.withId("lesson-list")).getChildren()
                .filter(item -> item.getElement().getTextRecursively().contains(fax)).findFirst().orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Fax machine removal").contains("Test organisation").contains("Published");
        List<Element> marks = descendants(card.getElement()).filter(e -> !e.isTextNode() && "mark".equals(e.getTag())).toList();
        assertThat(marks).extracting(Element::getText).contains(marker, "referrals");
        assertThat(descendants(card.getElement()).filter(e -> !e.isTextNode() && "script".equals(e.getTag()))).isEmpty();
        assertThat(text).contains("<script>alert(1)</script>");
    }

    @Test
    void whenFewLessonsHaveAllTheWordsLessonsWithSomeAreShownWithWhatTheyLack() {
        open("q=" + marker + "+referrals");

        assertThat(view().shownTitles()).as("the lesson with both words first").first().isEqualTo(fax);
        assertThat(view().shownTitles()).contains(epr, paperless);
        Paragraph partial = _get(Paragraph.class, spec -> spec.withId("search-partial"));
        assertThat(partial.isVisible()).isTrue();
        assertThat(partial.getText()).isEqualTo("Only 1 lesson has all, or nearly all, of your words. Showing lessons "
                + "that match some of your words. Each one says which of your words it does not mention.");
        assertThat(cardText(epr)).contains("Does not mention: referrals");
        assertThat(cardText(fax)).doesNotContain("Does not mention");
    }

    private String cardText(String title) {
        return _get(UnorderedList.class, spec -> spec.withId("lesson-list")).getChildren()
                .map(card -> card.getElement().getTextRecursively()).filter(text -> text.contains(title))
                .findFirst().orElseThrow();
    }

    @Test
    void aPassageIsBuiltFromTextNodesAndMarks() {
        Passage passage = new Passage("body", List.of(new Passage.Segment("Before <b>", false),
                new Passage.Segment("fax & <i>", true), new Passage.Segment(" after", false)));

        Element item = SearchResultCard.passage(passage).getElement();

        assertThat(item.getTextRecursively()).isEqualTo("Before <b>fax & <i> after");
        assertThat(item.getChildren().map(e -> e.isTextNode() ? "#text" : e.getTag()).toList())
                .containsExactly("#text", "mark", "#text");
        assertThat(item.getChild(1).getText()).isEqualTo("fax & <i>");
    }

    @Test
    void pagesAndOrder() {
        String many = word();
        List<ObjectNode> lessons = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ObjectNode lesson = lesson("Paging lesson " + i + (i == 5 ? " about " + many : ""), newOdsCode(),
                    ProjectType.IMAGING, Setting.ACUTE, Region.LONDON, "Context " + i + " mentions " + many + ".",
                    "2023-01-31");
            lesson.put("publishedOn", String.format("2024-01-%02d", i));
            lessons.add(lesson);
        }
        publishAll(lessons.toArray(ObjectNode[]::new));

        open("q=" + many + "&sort=newest");
        assertThat(view().status()).isEqualTo("12 lessons found for ‘" + many + "’");
        assertThat(view().shownTitles()).hasSize(SearchView.PAGE_SIZE).first().isEqualTo("Paging lesson 12");
        assertThat(text("page-status")).isEqualTo("Page 1 of 2");
        _assertNone(Anchor.class, spec -> spec.withId("previous-page"));
        assertAddress(anchor("next-page").getHref(), "lessons?q=" + many + "&sort=newest&page=2");

        follow(anchor("next-page").getHref());
        assertThat(view().shownTitles()).containsExactly("Paging lesson 2", "Paging lesson 1");
        assertThat(text("page-status")).isEqualTo("Page 2 of 2");
        _assertNone(Anchor.class, spec -> spec.withId("next-page"));
        assertAddress(anchor("previous-page").getHref(), "lessons?q=" + many + "&sort=newest");
        assertThat(view().getPageTitle()).endsWith(", page 2 - Lessons Portal");

        _setValue(view().sort, SearchSort.RELEVANCE);
        assertAddress(view().address(), "lessons?q=" + many);
        assertThat(view().shownTitles()).first().as("the word in the title counts most")
                .isEqualTo("Paging lesson 5 about " + many);

        open("q=" + many + "&page=7");
        assertThat(view().shownTitles()).isEmpty();
        assertThat(text("no-results")).contains("There is no page 7 of this search").contains("It has 2 pages");
        assertAddress(anchor("last-page").getHref(), "lessons?q=" + many + "&page=2");
    }

    @Test
    void anEmptyResultSuggestsWhatToTry() {
        String typo = marker.substring(0, marker.length() - 1) + (marker.endsWith("a") ? "b" : "a");
        open("q=" + typo);
        assertThat(view().shownTitles()).isEmpty();
        assertThat(view().status()).isEqualTo("No lessons found for ‘" + typo + "’");
        assertThat(text("no-results")).contains("No lessons match your search").contains("Search tips")
                .contains("Check the spelling");
        Anchor spelling = firstSuggestion();
        assertThat(spelling.getText()).isEqualTo("Search for “" + marker + "” instead");
        follow(spelling.getHref());
        assertThat(view().shownTitles()).hasSize(3);

        open("q=" + marker + "&region=midlands");
        assertThat(view().shownTitles()).isEmpty();
        Anchor withoutRegion = firstSuggestion();
        assertThat(withoutRegion.getText()).isEqualTo("3 lessons match without the “Region” filter");
        assertAddress(withoutRegion.getHref(), "lessons?q=" + marker);
        assertAddress(anchor("empty-clear-filters").getHref(), "lessons?q=" + marker);
        assertThat(view().facet(Facet.REGION).checkboxOf("midlands").getValue()).as("the filter can be unticked")
                .isTrue();
    }

    @Test
    void badSearchesGiveAnAnswerNotAnError() {
        List<String> texts = List.of("", "   ", "x".repeat(10_000), "title:(", "𝔈𝔓𝔕 👩‍⚕️ \u0000", "\"",
                "<script>alert(1)</script>", "fax~2^3 [a TO z] AND NOT");
        for (String text : texts) {
            open(new QueryParameters(Map.of("q", List.of(text))));
                String what = text.length() > 20 ? text.substring(0, 20) : text;
            assertThat(view().status()).as(what).matches("(No lessons|[0-9,]+ lessons?) found.*");
            _assertNone(Div.class, spec -> spec.withId("search-problem"));
        }

        open(new QueryParameters(Map.of("q", List.of("x".repeat(10_000)))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-long-text")).getText())
                .isEqualTo("Your search was longer than 200 characters, so we searched for the first 200 only.");
        assertThat(_get(SearchView.class).status()).contains("…");
    }

    @Test
    void whatIsTypedIsKeptWhenTheAddressCannotHoldIt() {
        open("");
        String long10k = marker + " " + "y".repeat(10_000);
        _setValue(view().text, long10k);
        _click(view().submit);
        assertThat(addressWords()).as("the address keeps what the search uses").hasSize(200)
                .isEqualTo(long10k.substring(0, 200));
        assertThat(view().text.getValue()).as("nothing typed is lost").isEqualTo(long10k);
        _get(Paragraph.class, spec -> spec.withId("search-long-text"));

        String odd = "𝔈𝔓𝔕 👩‍⚕️ \u0000" + marker;
        _setValue(view().text, odd);
        _click(view().submit);
        assertThat(addressWords()).as("the search's own cleaning: NFKC, no control, joining or unassigned characters")
                .isEqualTo("EP \uD83D\uDC69\u2695\uFE0F " + marker)
                .isEqualTo(SearchQuery.cleanText(odd, SearchQuery.MAX_TEXT_LENGTH));
        assertThat(view().text.getValue()).isEqualTo(odd);
        assertThat(view().shownTitles()).as("the words around the odd characters still count")
                .contains(fax, epr, paperless);
        _assertNone(Paragraph.class, spec -> spec.withId("search-long-text"));
    }

    @Test
    void wrongFiltersInTheAddressAreExplainedPlainly() {
        open("q=" + marker + "&projectType=no-such-type");
        assertThat(text("search-problem-message")).isEqualTo("There is no type of project \"no-such-type\".");
        assertAddress(anchor("search-without-filters").getHref(), "lessons?q=" + marker);
        assertThat(view().shownTitles()).isEmpty();
        assertThat(view().text.getValue()).isEqualTo(marker);

        follow(anchor("search-without-filters").getHref());
        _assertNone(Div.class, spec -> spec.withId("search-problem"));
        assertThat(view().shownTitles()).hasSize(3);
    }

    @Test
    void wrongYearsAndPagesInTheAddressAreExplainedPlainly() {
        open("q=" + marker + "&year=last+year");
        assertThat(text("search-problem-message"))
                .isEqualTo("\"last year\" is not a year. Give the year a project was completed in full, such as 2023.");
        assertAddress(anchor("search-without-filters").getHref(), "lessons?q=" + marker);
        assertThat(view().text.getValue()).isEqualTo(marker);
        assertThat(view().address()).isEqualTo("lessons?q=" + marker + "&year=last%20year");

        open("q=" + marker + "&page=two");
        assertThat(text("search-problem-message"))
                .isEqualTo("The page number must be a whole number, such as 2, not \"two\".");
        follow(anchor("search-without-filters").getHref());
        _assertNone(Div.class, spec -> spec.withId("search-problem"));
        assertThat(view().shownTitles()).hasSize(3);
    }

    @Test
    void withoutWordsItListsThePublishedLessonsNewestFirst() {
        open("organisation=" + organisationOf(fax));
        assertThat(view().shownTitles()).containsExactly(fax);
        assertThat(view().status()).isEqualTo("1 lesson found with 1 filter");
        assertThat(view().getPageTitle()).isEqualTo("Search lessons - Lessons Portal");
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private final Map<String, String> organisations = new java.util.HashMap<>();

    private String organisationOf(String title) {
        return organisations.get(title);
    }

    private ObjectNode lesson(String title, String ods, ProjectType type, Setting setting, Region region,
            String context, String completedOn) {
        organisations.put(title, ods);
        ObjectNode lesson = exchangeLesson(title, ods, type, setting, region);
        lesson.put("context", context);
        lesson.put("completedOn", completedOn);
        return lesson;
    }

    /** Follows a link of the page, as the browser's router would. */
    private static void follow(String href) {
        int question = href.indexOf('?');
        UI.getCurrent().navigate(question < 0 ? href : href.substring(0, question),
                question < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(question + 1)));
    }

    private static void open(String queryString) {
        open(QueryParameters.fromString(queryString));
    }

    private static void open(QueryParameters parameters) {
        UI.getCurrent().navigate("lessons", parameters);
    }

    private static SearchView view() {
        return _get(SearchView.class);
    }

    /** The same address: path and parameters (in any order; each parameter's values in order). */
    private static void assertAddress(String actual, String expected) {
        assertThat(path(actual)).as(actual).isEqualTo(path(expected));
        assertThat(parameters(actual)).as(actual).isEqualTo(parameters(expected));
    }

    private static String path(String href) {
        int question = href.indexOf('?');
        return question < 0 ? href : href.substring(0, question);
    }

    private static Map<String, List<String>> parameters(String href) {
        int question = href.indexOf('?');
        return question < 0 ? Map.of() : QueryParameters.fromString(href.substring(question + 1)).getParameters();
    }

    private static String addressWords() {
        return parameters(view().address()).get("q").get(0);
    }

    private static Anchor anchor(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    private static Anchor firstSuggestion() {
        return (Anchor) _get(UnorderedList.class, spec -> spec.withId("search-suggestions")).getChildren()
                .findFirst().orElseThrow().getChildren().findFirst().orElseThrow();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(SearchViewTest::descendants));
    }
}
