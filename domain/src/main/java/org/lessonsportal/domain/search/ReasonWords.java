package org.lessonsportal.domain.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which shared words may be given as a reason why a lesson matched ("mentions PAS, cutover and Cerner"), and how
 * they are written. A word only counts if it tells projects apart:
 * <ul>
 * <li>not a general word that any write-up uses ("getting", "poor", "main", "based", "staff", "project"…, compared
 * by their indexed form, so "gets" and "getting" are one word);</li>
 * <li>not in more than {@value #MAX_SHARE_PERCENT}% of lessons, once there are enough lessons to tell
 * ({@value #MIN_LESSONS_FOR_SHARE}); a word most lessons use says little, whatever it is;</li>
 * <li>at least three letters, unless written as an acronym ("ED", "GP").</li>
 * </ul>
 * Of the most telling words shown, those of the NHS vocabulary (the synonym rules: PAS, cutover, floorwalker…) come
 * first. A word keeps the case it was written in when that says something (an acronym, a product name inside a
 * sentence); a capital that only starts a sentence is dropped ("Main" is "main").
 */
final class ReasonWords {

    static final int MAX_SHARE_PERCENT = 25;
    static final int MIN_LESSONS_FOR_SHARE = 20;

    /** Everyday words of project write-ups: true of nearly every project, so never why two are alike. */
    private static final String GENERAL = """
            able about above across actually after again against all almost along already also although always
            among another any anyone anything around available away back bad base based basis became become
            becoming been before began begin being best better between big both bring brought but came can cannot
            case certain change changed changes come coming could current day days did different do does doing done
            down during each early easy effective else end enough especially even ever every example fact far few
            find first found full further gave general get gets getting give given go goes going gone good got great
            had hard has have having help helped high however important improve improved improvement improving
            include including instead issue issues just keep key kept know large last later least less let level
            like likely little long look lot lots made main mainly major make makes making many may means might more
            most much must need needed needs new next nice now number often old once one only open other others our
            out over own part particular people place plan planned point poor poorly possible problem problems
            process put quite rather real really right run same saw say see seen set several should show side since
            small some something soon start started still such sure take taken than that then there these thing
            things think those though three through time times together too took two under until upon use used
            useful uses using usual usually very want wanted was way ways week weeks well went were what when where
            whether which while who whole why will with within without work worked working works would year years
            yet lesson lessons learned learnt project projects programme team teams staff colleague colleagues
            patient patients trust trusts nhs organisation organisations service services system systems digital
            care health support supported supporting manager managers people person board result results outcome
            outcomes approach experience
            """;

    private final LessonAnalyzers analyzers;
    private final Set<String> general = new HashSet<>();

    ReasonWords(LessonAnalyzers analyzers) {
        this.analyzers = analyzers;
        general.addAll(LessonAnalyzers.terms(analyzers.index(), GENERAL));
    }

    /**
     * Whether a shared word tells the lessons apart.
     *
     * @param term      the word's indexed form
     * @param written   the word as written
     * @param docFreq   in how many lessons it is
     * @param documents how many lessons there are
     */
    boolean distinctive(String term, String written, int docFreq, int documents) {
        if (term == null || written == null || general.contains(term)) {
            return false;
        }
        if (term.length() < 3 && !isAcronym(written)) {
            return false;
        }
        return documents < MIN_LESSONS_FOR_SHARE || docFreq * 100L <= (long) documents * MAX_SHARE_PERCENT;
    }

    /** Whether the word is one of the NHS vocabulary's (the synonym rules in use). */
    boolean inVocabulary(String written) {
        return written != null && analyzers.synonyms().words().contains(written.toLowerCase(Locale.ROOT));
    }

    /**
     * The word as a reason shows it.
     *
     * @param sentenceStart whether the only way it was written starts a sentence
     */
    static String shown(String written, boolean sentenceStart) {
        if (written.isEmpty() || isAcronym(written) || hasInnerCapital(written) || !sentenceStart) {
            return written;
        }
        return written.toLowerCase(Locale.ROOT);
    }

    private static boolean isAcronym(String written) {
        return written.length() >= 2 && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && written.chars().anyMatch(Character::isLetter);
    }

    private static boolean hasInnerCapital(String written) {
        return written.substring(1).chars().anyMatch(Character::isUpperCase);
    }
}
