package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Administrators extend the search vocabulary while the portal runs: a made-up acronym finds nothing until they add a
 * rule for it, then finds the lesson on the very next search, with no restart and no reindex. Bad rules are refused
 * line by line and nothing is saved; only administrators may see or change the rules.
 */
@SearchIntegrationTest
@WithMockUser(roles = Roles.ADMIN)
class SearchVocabularyIntegrationTest extends SearchTestCase {

    @Autowired
    SearchVocabularyService vocabulary;

    @Autowired
    LessonAnalyzers analyzers;

    @Autowired
    OrganisationService organisations;

    @Autowired
    LessonService lessons;

    String ods;
    String marker;
    /** A made-up acronym no lesson uses, e.g. "ZQXKTRB". */
    String acronym;
    /** Another, for similar lessons. */
    String projectName;
    Long lessonId;
    Actor admin;

    @BeforeEach
    void aLessonAboutRemovingFaxMachines() {
        ods = SearchFixtures.ods();
        marker = SearchFixtures.marker();
        acronym = "ZQX" + letters(4);
        projectName = "PRJ" + letters(6);
        lessonId = SearchFixtures.importLessons(exchange, List.of(SearchFixtures.lesson(ods, "Fax Free Trust",
                "paperless", "Switching off the last fax machines",
                "How the outpatient clinics finished fax removal in six months.",
                "Fax removal meant " + marker + " referrals by e-mail and the e-Referral Service instead.")))
                .imported().get(0).lessonId();
        LessonTestData data = new LessonTestData(organisations, lessons);
        admin = data.member(data.organisation(), Roles.ADMIN);
    }

    @AfterEach
    void leaveNoExtraRules() {
        asAdministrator(() -> {
            SearchVocabulary now = vocabulary.vocabulary();
            vocabulary.save("", now.version(), Actor.SYSTEM);
        });
    }

    private SearchQuery.Builder ours() {
        return SearchQuery.builder().organisations(ods);
    }

    @Test
    void anAdministratorsRuleIsUsedByTheNextSearchWithoutRestartOrReindex() {
        assertThat(search.search(ours().text(acronym).build()).total()).as("before the rule").isZero();
        assertThat(search.similar(projectName, null, null, 10).lessons()).as("similar, before the rule").isEmpty();
        SearchVocabulary before = vocabulary.vocabulary();

        SearchVocabulary saved = vocabulary.save("""
                # Local names for national projects
                %s, fax removal
                %s => %s
                """.formatted(acronym, projectName, marker), before.version(), admin);

        SearchResults results = search.search(ours().text(acronym).build());
        assertThat(results.items()).extracting(SearchHit::lessonId).containsExactly(lessonId);
        assertThat(results.facet(Facet.ORGANISATION).values()).as("facet counts for the new vocabulary")
                .anySatisfy(value -> assertThat(value.count()).isEqualTo(1));
        assertThat(search.search(ours().text(acronym.toLowerCase(Locale.ROOT) + " clinics").build())
                .total()).as("case does not matter, other words combine").isEqualTo(1);
        assertThat(search.similar(projectName, null, null, 10).lessons()).extracting(SimilarLesson::lessonId)
                .as("similar lessons use the new words too").contains(lessonId);

        assertThat(saved.version()).isEqualTo(before.version() == null ? 1 : before.version() + 1);
        assertThat(saved.extraRules()).isEqualTo(2);
        assertThat(saved.extraRuleLines()).containsExactly(acronym + ", fax removal",
                projectName + " => " + marker);
        assertThat(saved.builtInRules()).isGreaterThan(200);
        assertThat(saved.savedByName()).startsWith("Test Person");
        assertThat(saved.savedAt()).isNotNull();
        assertThat(vocabulary.extraRules()).isEqualTo(saved.extraRuleLines());

        vocabulary.save("# nothing for now", saved.version(), admin);
        assertThat(search.search(ours().text(acronym).build()).total()).as("rule removed").isZero();
    }

    @Test
    void theSavedRulesAreUsedAgainWhenThePortalStarts() {
        vocabulary.save(acronym + ", fax removal", vocabulary.vocabulary().version(), admin);
        // As at start-up: only the built-in rules (and the file) are in use, until the saved ones are read.
        analyzers.useExtraRules();
        assertThat(search.search(ours().text(acronym).build()).total()).isZero();

        vocabulary.afterSingletonsInstantiated();

        assertThat(search.search(ours().text(acronym).build()).total()).isEqualTo(1);
    }

    @Test
    void badRulesAreRefusedLineByLineAndNothingIsSaved() {
        vocabulary.save(acronym + ", fax removal", vocabulary.vocabulary().version(), admin);
        SearchVocabulary before = vocabulary.vocabulary();
        String text = String.join("\n",
                "# Our words",
                "EPR, EHR, electronic patient record",
                projectName,
                "",
                "the, of",
                "fax, , removal",
                "a => b => c",
                "=> ordercomms",
                "records, Record",
                "x".repeat(1_001) + ", y",
                "PACS => picture archiving");

        List<RuleProblem> problems = vocabulary.validate(text);

        assertThat(problems).extracting(RuleProblem::line).containsExactly(3, 5, 6, 7, 8, 9, 10);
        assertThat(problems.get(0).message()).isEqualTo("Line 3: a rule needs at least two words or phrases "
                + "separated by commas, or ‘=>’");
        assertThat(problems.get(1).message()).startsWith("Line 5: “the” has no word the search can use");
        assertThat(problems.get(2).message()).startsWith("Line 6: there is a comma with no word or phrase");
        assertThat(problems.get(3).message()).isEqualTo("Line 7: use ‘=>’ only once in a rule");
        assertThat(problems.get(4).message()).isEqualTo("Line 8: put at least one word or phrase on each side of "
                + "‘=>’");
        assertThat(problems.get(5).message()).startsWith("Line 9: its words or phrases already mean the same");
        assertThat(problems.get(6).message()).startsWith("Line 10: the rule is longer than 1,000 characters");

        assertThatThrownBy(() -> vocabulary.save(text, before.version(), admin))
                .isInstanceOfSatisfying(InvalidRulesException.class, e -> {
                    assertThat(e.problems()).isEqualTo(problems);
                    assertThat(e.errors()).hasSize(7).allSatisfy(error -> assertThat(error.field())
                            .isEqualTo(InvalidRulesException.FIELD));
                });
        assertThat(vocabulary.vocabulary()).as("nothing saved").isEqualTo(before);
        assertThat(search.search(ours().text(acronym).build()).total()).as("the rules in use are unchanged")
                .isEqualTo(1);

        assertThat(vocabulary.validate("EPR, EHR\r\n# a note\r\n\r\n" + acronym + " => fax removal")).isEmpty();
        assertThat(vocabulary.validate("x".repeat(SearchVocabularyService.MAX_LENGTH + 1)))
                .extracting(RuleProblem::message).containsExactly(
                        "The rules are longer than 100,000 characters: remove the ones you no longer need");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefused() {
        Integer start = vocabulary.vocabulary().version();
        SearchVocabulary first = vocabulary.save(acronym + ", fax removal", start, admin);

        assertThatThrownBy(() -> vocabulary.save(projectName + ", " + marker, start, admin))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageStartingWith("Someone else changed the search vocabulary while you were editing it.");
        assertThat(vocabulary.vocabulary().rules()).isEqualTo(first.rules());

        assertThat(vocabulary.save(first.rules(), first.version(), admin).version())
                .as("saving the same text adds no version").isEqualTo(first.version());
    }

    @Test
    @WithMockUser(roles = Roles.CONTRIBUTOR)
    void onlyAdministratorsMaySeeOrChangeTheRules() {
        assertThatThrownBy(() -> vocabulary.vocabulary()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.extraRules()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.validate("EPR, EHR")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vocabulary.save(acronym + ", fax removal", null, admin))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(search.search(ours().text(acronym).build()).total()).isZero();
    }

    @Test
    void theActorMustBeAnAdministratorToo() {
        LessonTestData data = new LessonTestData(organisations, lessons);
        Actor contributor = data.member(data.organisation(), Roles.CONTRIBUTOR);

        assertThatThrownBy(() -> vocabulary.save(acronym + ", fax removal", vocabulary.vocabulary().version(),
                contributor)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void searchesRunningWhileTheVocabularyChangesAreUnharmed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        SecurityContext context = SecurityContextHolder.getContext();
        try {
            List<Future<?>> searches = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                searches.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    for (int i = 0; i < 8; i++) {
                        long total = search.search(ours().text(acronym + " fax").build()).total();
                        assertThat(total).isBetween(0L, 1L);
                        search.similar(projectName + " fax removal", null, null, 5);
                    }
                    return null;
                }));
            }
            Integer version = vocabulary.vocabulary().version();
            for (int i = 0; i < 4; i++) {
                String rules = i % 2 == 0 ? acronym + ", fax removal" : "# none";
                version = vocabulary.save(rules, version, admin).version();
            }
            for (Future<?> running : searches) {
                running.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(search.search(ours().text(acronym).build()).total()).as("the last saved rules are in use")
                .isZero();
        vocabulary.save(acronym + ", fax removal", vocabulary.vocabulary().version(), admin);
        assertThat(search.search(ours().text(acronym).build()).total()).isEqualTo(1);
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static void asAdministrator(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_" + Roles.ADMIN));
        SecurityContextHolder.setContext(admin);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
