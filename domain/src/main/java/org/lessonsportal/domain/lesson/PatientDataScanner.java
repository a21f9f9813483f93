package org.lessonsportal.domain.lesson;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;

/**
 * Looks for patient-identifiable information in a lesson's text: the information-governance check before submission
 * and import. Pure functions, no state. Text pasted from Word or clinical systems is first made plain
 * ({@link ScannedText}: non-breaking spaces, en-dashes, zero-width characters, full-width digits…), so writing a
 * number or a name that way does not hide it; findings quote the text as typed.
 * <ul>
 * <li>NHS numbers: ten digits, written together or in groups of three or more joined by spaces, hyphens or full
 * stops, whose check digit passes the modulus 11 check (so most phone numbers and reference numbers are not
 * findings; see {@link NhsNumbers});</li>
 * <li>postcodes, but only in a sentence that is about a person ("lives at", "patient", "address", "resident"…), so
 * the postcode of a hospital site in a neutral sentence is not a finding;</li>
 * <li>street addresses ("12 Acacia Avenue", "Flat 3, 27 Mill Lane"), but only in a sentence with a person in it: a
 * name after a title, "patient", a name right before the address, or a word such as "lives", "resident", "her home",
 * "a woman" (see {@link StreetAddresses}); a place of work on its own is not a finding, and an address whose postcode
 * is already a finding is not reported twice;</li>
 * <li>dates of birth: "DOB", "date of birth", "birth date" or "born (on)" followed by a date, day or year first,
 * with slashes, dots, hyphens or spaces, or with the month's name (a go-live date is not a finding);</li>
 * <li>names: a surname after Mr, Mrs, Ms, Miss, Mx or Master, in capitals or not, or a name after "patient"
 * ("patient John Smith"); "Dr" is left out because it usually names staff (see {@link PatientNames}).</li>
 * </ul>
 * The contact's own name and e-mail address are not scanned: the person agreed to be named.
 */
public final class PatientDataScanner {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])",
            CASE_INSENSITIVE);

    /** Words after "patient" that make it a system or a service rather than a person ("patient records"). */
    static final String NEUTRAL_AFTER_PATIENT = "administration|record|records|safety|flow|portal|portals|"
            + "facing|experience|engagement|data|app|apps|access|information|journey|journeys|pathway|pathways|"
            + "list|lists|system|systems|services?|feedback|letters?|communications?|groups?|forums?|panels?|"
            + "representatives?|leaders?|voices?|participation|transport|advice|liaison|reported|knows|index|"
            + "level|identifiers?|demographics?|registration|tracking|monitoring|hub|choice|outcomes?";

    private static final Pattern PERSONAL_CONTEXT = Pattern.compile("\\b(?:"
            + "lives?|lived|living|resides?|resided|residing|residence|residents?(?!\\s+doctors?)"
            + "|address(?:es)?|home\\s+address|(?:his|her|their)\\s+(?:home|house|flat)"
            + "|patients?'?s?(?![\\s-]+(?:" + NEUTRAL_AFTER_PATIENT + ")\\b)"
            + "|service\\s+users?|next\\s+of\\s+kin|born"
            + ")\\b", CASE_INSENSITIVE);

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /** Between the parts of a date: a slash, a full stop or a hyphen (with a space either side or not), or a space. */
    private static final String DATE_SEPARATOR = "(?: ?[/.-] ?| )";

    private static final String DATE = "(?:\\d{1,2}" + DATE_SEPARATOR + "\\d{1,2}" + DATE_SEPARATOR + "\\d{2,4}"
            + "|\\d{4}" + DATE_SEPARATOR + "\\d{1,2}" + DATE_SEPARATOR + "\\d{1,2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|" + DATE_SEPARATOR + ")" + MONTH + "\\.?,?"
            + "(?:\\s+|" + DATE_SEPARATOR + ")\\d{2,4}"
            + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";

    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?<![A-Za-z])(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s*date|born(?:\\s+on)?)"
                    + "[\\s:,(=\\-]*(?:(?:is|was)\\s+)?(?:the\\s+)?" + DATE + "(?![0-9])",
            CASE_INSENSITIVE);

    static final String NAME = "[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*";

    static final Set<String> NOT_NAMES = Set.of("administration", "record", "records", "safety", "flow",
            "portal", "experience", "engagement", "data", "access", "information", "services", "service", "journey",
            "care", "knows", "led", "facing", "online", "reported", "initiated", "level", "identifier", "hub",
            "pathway", "pathways", "tracking", "list", "feedback", "choice", "transport", "advice", "liaison",
            "participation", "group", "forum", "panel", "partners", "partner", "representative", "representatives",
            "leaders", "voice", "voices", "story", "stories", "centred", "centered", "outcome", "outcomes",
            "management", "monitoring", "self", "registration", "demographics", "index", "app", "apps", "system",
            "systems", "letters", "communications", "the", "and", "or", "with", "who", "which", "in", "at",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private static final int CONTEXT_BEFORE = 100;
    private static final int CONTEXT_AFTER = 60;
    private static final int EXCERPT_MARGIN = 30;

    private PatientDataScanner() {
    }

    /** Every finding in the lesson, field by field in the order of the form. */
    public static List<PatientDataFinding> scan(LessonContent content) {
        List<PatientDataFinding> findings = new ArrayList<>();
        findings.addAll(scan(LessonFields.TITLE, content.title()));
        findings.addAll(scan(LessonFields.SUMMARY, content.summary()));
        findings.addAll(scan(LessonFields.CONTEXT, content.context()));
        findings.addAll(scan(LessonFields.APPROACH, content.approach()));
        findings.addAll(scan(LessonFields.OUTCOMES, content.outcomes()));
        for (int i = 0; i < content.challenges().size(); i++) {
            Challenge challenge = content.challenges().get(i);
            findings.addAll(scan(LessonFields.challenge(i, "description"), challenge.description()));
            findings.addAll(scan(LessonFields.challenge(i, "resolution"), challenge.resolution()));
        }
        findings.addAll(scan(LessonFields.RECOMMENDATIONS, content.recommendations()));
        findings.addAll(scan(LessonFields.WOULD_DO_DIFFERENTLY, content.wouldDoDifferently()));
        for (int i = 0; i < content.technologies().size(); i++) {
            findings.addAll(scan(LessonFields.item(LessonFields.TECHNOLOGIES, i), content.technologies().get(i)));
        }
        for (int i = 0; i < content.tags().size(); i++) {
            findings.addAll(scan(LessonFields.item(LessonFields.TAGS, i), content.tags().get(i)));
        }
        return List.copyOf(findings);
    }

    /**
     * The findings in one piece of text, labelled with the given field key. The text is scanned in its plain form
     * ({@link ScannedText}: every space a space, every dash a hyphen, no zero-width characters, plain digits); each
     * finding quotes the text as typed.
     */
    public static List<PatientDataFinding> scan(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        ScannedText scanned = ScannedText.of(typed);
        String text = scanned.text();
        String label = LessonFields.label(field);
        List<PatientDataFinding> findings = new ArrayList<>();
        for (int[] nhs : NhsNumbers.find(text)) {
            add(findings, field, label, Kind.NHS_NUMBER, scanned, nhs[0], nhs[1]);
        }
        Matcher postcode = POSTCODE.matcher(text);
        List<Integer> postcodesFound = new ArrayList<>();
        while (postcode.find()) {
            if (isAboutAPerson(text, postcode.start(), postcode.end())) {
                add(findings, field, label, Kind.POSTCODE, scanned, postcode.start(), postcode.end());
                postcodesFound.add(postcode.start());
            }
        }
        for (int[] address : StreetAddresses.nextToAPerson(text)) {
            boolean postcodeFollows = postcodesFound.stream()
                    .anyMatch(at -> at >= address[1] && at - address[1] <= StreetAddresses.POSTCODE_DISTANCE
                            && !text.substring(address[1], at).matches("(?s).*[.;!?\\n].*"));
            if (!postcodeFollows) {
                add(findings, field, label, Kind.STREET_ADDRESS, scanned, address[0], address[1]);
            }
        }
        Matcher birth = DATE_OF_BIRTH.matcher(text);
        while (birth.find()) {
            add(findings, field, label, Kind.DATE_OF_BIRTH, scanned, birth.start(), birth.end());
        }
        for (int[] name : PatientNames.find(text)) {
            add(findings, field, label, Kind.PATIENT_NAME, scanned, name[0], name[1]);
        }
        return findings;
    }

    /**
     * Whether ten digits form a valid NHS number: the modulus 11 check on the first nine digits (weights 10 down to
     * 2) gives the tenth. A remainder giving 10 is never valid. Numbers made of one repeated digit are not NHS
     * numbers.
     */
    public static boolean isValidNhsNumber(String digits) {
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** A personal word ("lives at", "patient", "address"…) in the same sentence, close to the postcode. */
    private static boolean isAboutAPerson(String text, int start, int end) {
        return PERSONAL_CONTEXT.matcher(sentenceAround(text, start, end)).find();
    }

    /** The sentence around a match, at most {@value #CONTEXT_BEFORE} characters before and 60 after it. */
    static String sentenceAround(String text, int start, int end) {
        int sentenceStart = start;
        while (sentenceStart > 0 && !isSentenceEnd(text, sentenceStart - 1) && start - sentenceStart < CONTEXT_BEFORE) {
            sentenceStart--;
        }
        int sentenceEnd = end;
        while (sentenceEnd < text.length() && !isSentenceEnd(text, sentenceEnd) && sentenceEnd - end < CONTEXT_AFTER) {
            sentenceEnd++;
        }
        return text.substring(sentenceStart, sentenceEnd);
    }

    private static boolean isSentenceEnd(String text, int index) {
        char c = text.charAt(index);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        // A full stop ends a sentence when followed by a space or the end of the text (not "St.Mary's", "1.5").
        return c == '.' && (index + 1 == text.length() || Character.isWhitespace(text.charAt(index + 1)));
    }

    /** A finding between two places of the plain text, quoting the text as typed. */
    private static void add(List<PatientDataFinding> findings, String field, String label, Kind kind,
            ScannedText scanned, int start, int end) {
        String match = scanned.original(start, end);
        if (findings.stream().anyMatch(f -> f.isSameAs(field, kind, match))) {
            return;
        }
        findings.add(new PatientDataFinding(field, label, kind, match,
                excerpt(scanned.original(), scanned.originalStart(start), scanned.originalEnd(end))));
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - EXCERPT_MARGIN);
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++; // do not start in the middle of a word
        }
        int to = Math.min(text.length(), end + EXCERPT_MARGIN);
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--; // nor end in one
        }
        String excerpt = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + excerpt + (to < text.length() ? "…" : "");
    }
}
