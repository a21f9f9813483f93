package org.lessonsportal.portal.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Paragraph;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchVocabularyService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The administration page's search tab: extra search words used at once, bad lines explained, index rebuilt. */
class SearchTabTest extends KaribuTest {

    @Autowired
    SearchVocabularyService vocabulary;

    @Autowired
    SearchService search;

    /** Leaves no extra rules behind for other tests (while the administrator is still signed in). */
    @AfterEach
    void noExtraRules() {
        if (vocabulary.vocabulary().version() != null) {
            vocabulary.save("", vocabulary.vocabulary().version(), Actor.SYSTEM);
        }
    }

    private SearchTab openSearchTab() {
        navigate("admin/search");
        assertThat(_get(AdminLayout.class).currentTab()).isEqualTo("Search");
        return _get(SearchTab.class);
    }

    @Test
    void explainsTheFormatAndTheBuiltInRules() {
        signIn("admin", newOdsCode(), Roles.ADMIN);
        SearchTab tab = openSearchTab();

        String text = tab.getElement().getTextRecursively();
        assertThat(text).contains("Search vocabulary", "How to write a rule", "EPR, EHR, electronic patient record",
                "Lorenzo => electronic patient record", "Search index");
        assertThat(text).containsPattern("The portal comes with \\d{3} built-in rules for NHS words and acronyms");
        assertThat(tab.rules.getLabel()).isEqualTo("Your extra rules");
        assertThat(tab.rebuild.getText()).isEqualTo("Rebuild the search index");
    }

    @Test
    void savedRulesAreUsedByTheNextSearchAndBadLinesAreExplainedWithoutLosingTheText() {
        String ods = newOdsCode();
        Long lessonId = publishedLesson("Replacing the old patient administration system", ods, ProjectType.PAPERLESS);
        signIn("admin", newOdsCode(), Roles.ADMIN);
        String acronym = "ZQX" + letters(5);
        SearchQuery query = SearchQuery.builder().text(acronym).organisations(ods).build();
        assertThat(search.search(query).total()).as("before the rule").isZero();
        SearchTab tab = openSearchTab();

        String bad = "# Our local names\n" + acronym + "\n" + acronym + ", patient administration system\nthe, of";
        _setValue(tab.rules, bad);
        _click(tab.saveRules);

        assertThat(tab.problems.isVisible()).isTrue();
        assertThat(tab.problems.problems()).containsExactly(
                "Line 2: a rule needs at least two words or phrases separated by commas, or ‘=>’",
                "Line 4: “the” has no word the search can use (it leaves out small words such as ‘the’, ‘of’ and "
                        + "‘and’, and symbols): use other words");
        assertThat(tab.rules.isInvalid()).isTrue();
        assertThat(tab.rules.getValue()).as("nothing typed is lost").isEqualTo(bad);
        assertThat(tab.rulesSaved.getText()).isEmpty();
        assertThat(vocabulary.vocabulary().rules()).as("nothing saved").doesNotContain(acronym);
        assertThat(search.search(query).total()).isZero();

        String good = "# Our local names\n" + acronym + ", patient administration system";
        _setValue(tab.rules, good);
        _click(tab.saveRules);

        assertThat(tab.rulesSaved.getText()).isEqualTo("Saved. Searches use the new words from now on.");
        assertThat(tab.problems.isVisible()).isFalse();
        assertThat(tab.rules.isInvalid()).isFalse();
        assertThat(tab.rules.getValue()).isEqualTo(good);
        assertThat(_get(tab, Paragraph.class,
                spec -> spec.withId("vocabulary-last-change")).getText())
                .startsWith("1 rule added here is in use. Last changed by Test admin on ");
        assertThat(search.search(query).items()).as("the next search uses the new rule")
                .extracting(hit -> hit.lessonId()).containsExactly(lessonId);

        _setValue(tab.rules, good + "\nPACS, picture archiving");
        _click(tab.saveRules);
        assertThat(tab.rulesSaved.getText()).as("saving again builds on the version just saved")
                .isEqualTo(SearchTab.SAVED);
    }

    @Test
    void someoneElsesChangeIsNeverOverwritten() {
        signIn("admin", newOdsCode(), Roles.ADMIN);
        SearchTab tab = openSearchTab();
        vocabulary.save("EPRX, electronic patient record", vocabulary.vocabulary().version(), Actor.SYSTEM);

        _setValue(tab.rules, "PASX, patient administration system");
        _click(tab.saveRules);

        assertThat(tab.problems.isVisible()).isTrue();
        assertThat(tab.problems.getElement().getTextRecursively())
                .contains("Someone else changed the search vocabulary while you were editing it.");
        assertThat(tab.rules.getValue()).isEqualTo("PASX, patient administration system");
        assertThat(vocabulary.vocabulary().rules()).isEqualTo("EPRX, electronic patient record");
    }

    @Test
    void rebuildsTheSearchIndexInTheBackground() throws Exception {
        publishedLesson("A lesson to index " + letters(6), newOdsCode(), ProjectType.PAPERLESS);
        signIn("admin", newOdsCode(), Roles.ADMIN);
        SearchTab tab = openSearchTab();

        _click(tab.rebuild);
        tab.runningRebuild().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(tab.rebuildStatus.getText()).matches("Finished\\. [\\d,]+ published lessons? (is|are) in the "
                + "search index \\(it took [\\d,]+ seconds?\\)\\.");
        assertThat(tab.rebuild.isEnabled()).isTrue();
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
