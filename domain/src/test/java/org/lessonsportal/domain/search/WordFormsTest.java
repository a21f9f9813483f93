package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Which forms of a word find each other: a lesson that says one form is found by a search that says the other. Pairs
 * that must meet (inflections, derivations people use alike, British and American spellings) and pairs that must stay
 * apart (Porter's stemmer alone would merge them, but they mean different things in an NHS lesson).
 */
class WordFormsTest {

    private static List<String> indexed(String word) {
        return LessonAnalyzersTest.indexed(word);
    }

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource({
        "procure, procurement", "procured, procurement", "procuring, procure", "tendered, tender",
        "tendering, tenders", "upgrade, upgrading", "upgraded, upgrades", "migrate, migration",
        "migrating, migrated", "migrations, migrate", "integrate, integration", "integrated, integrating",
        "deploy, deployment", "deployed, deploying", "deployments, deploys", "train, training", "trained, training",
        "implement, implementation", "implemented, implementing", "digitise, digitisation", "digitize, digitise",
        "digitization, digitisation", "optimize, optimise", "optimization, optimisation", "organization, organisation",
        "prescribe, prescribing", "prescribed, prescriber", "schedule, scheduling", "roster, rostering",
        "automate, automation", "automated, automating", "consult, consultation", "configure, configuration",
        "engage, engagement", "adopt, adoption", "scan, scanning", "scanned, scans", "refer, referral",
        "referrals, referred", "monitor, monitoring", "evaluate, evaluation", "replace, replacement",
        "install, installation", "patch, patching", "analyse, analysis", "analyze, analysis", "analysed, analyses",
        "transcribe, transcription", "authenticate, authentication", "recruit, recruitment", "onboard, onboarding",
        "clinician, clinicians", "nurse, nurses", "pharmacy, pharmacies", "programme, program",
        "programmes, programs", "centre, center", "paediatric, pediatric", "behaviour, behavior",
        "licence, license", "enrolment, enrollment", "validate, validation", "dictate, dictation",
        "simulate, simulation", "consultant, consultants", "community, communities"
    })
    void formsMeet(String one, String other) {
        assertThat(indexed(one)).as(one + " / " + other).isEqualTo(indexed(other)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({
        "general, generate", "generic, general", "universe, university", "experience, experiment",
        "communication, community", "communications, communities", "news, new", "author, authority",
        "informal, inform", "consult, consultant", "consultation, consultant", "office, officer",
        "depart, department", "appoint, appointment", "execute, executive", "posit, position",
        "access, accessibility", "organ, organisation", "organic, organisation", "digit, digital",
        "digital, digitise", "operate, operational", "police, policy", "patient, patience", "care, career",
        "ward, warden", "data, date", "port, portal", "device, devise", "series, serious"
    })
    void wordsOfDifferentMeaningStayApart(String one, String other) {
        assertThat(indexed(one)).as(one + " / " + other).isNotEqualTo(indexed(other));
    }

    @Test
    void shortWordsEndingInZeAreLeftAlone() {
        assertThat(WordForms.british("size", java.util.Map.of())).isEqualTo("size");
        assertThat(WordForms.british("prize", java.util.Map.of())).isEqualTo("prize");
        assertThat(WordForms.british("prioritize", java.util.Map.of())).isEqualTo("prioritise");
    }
}
