package org.lessonsportal.domain.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in plain text ({@link ScannedText}), for {@link PatientDataScanner}:
 * <ul>
 * <li>a surname after Mr, Mrs, Ms, Miss, Mx or Master, the title written as a word or in capitals, with up to two
 * initials: "Mr Smith", "MRS J SMITH", "Mrs O'Neill", "Mr McDonald", "Ms Smith-Jones", "Mrs Ó Súilleabháin".
 * "Dr" is left out because it usually names staff. A word that is a product, a service or a common word rather
 * than a surname does not count: "MS Teams", "MR Scanner", "MX Records", "Master Patient Index", "MISS YOUR
 * APPOINTMENT";</li>
 * <li>a capitalised name after "patient" ("patient John Smith"), unless it reads as a system or a service
 * ({@link PatientDataScanner#NOT_NAMES}).</li>
 * </ul>
 * Pure functions.
 */
final class PatientNames {

    /** One part of a surname in lower case with capitals: Smith, McDonald, MacLeod, O'Neill, Ní, Zoë. */
    private static final String WORD = "\\p{Lu}(?:\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?|'\\p{L}\\p{Ll}+)";

    /** A name in lower case with capitals, parts joined by hyphens: Smith-Jones, Fitzgerald-O'Brien. */
    static final String NAME = WORD + "(?:-" + WORD + ")*";

    /** One part of a surname in capitals: SMITH, O'NEILL. */
    private static final String CAPITALS = "\\p{Lu}(?:\\p{Lu}+|'\\p{Lu}{2,})";

    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\b(?:Mrs|MRS|Mr|MR|Ms|MS|Miss|MISS|Mx|MX|Master|MASTER)\\.?\\s+(?:\\p{Lu}(?:\\.\\s*|\\s+)){0,2}"
                    + "(" + NAME + "|" + CAPITALS + "(?:-" + CAPITALS + ")*(?![\\p{L}\\p{N}]))");

    private static final Pattern PATIENT_NAME = Pattern.compile(
            "\\b[Pp]atient(?:\\s+(?:called|named))?\\s+(" + NAME + ")(?:\\s+" + NAME + ")?");

    /**
     * Words after a title that are not surnames: Microsoft products (MS), multiple sclerosis and magnetic resonance
     * services (MS, MR), mail records (MX), master data (Master) and common words in text written in capitals.
     */
    private static final Set<String> NOT_SURNAMES = Set.of(
            "teams", "office", "sql", "excel", "word", "access", "project", "dos", "edge", "azure", "forms",
            "outlook", "sharepoint", "dynamics", "visio", "intune", "defender", "windows", "exchange", "powerpoint",
            "onedrive", "planner", "power", "entra", "bi",
            "society", "trust", "nurse", "nurses", "clinic", "clinics", "service", "services", "team", "centre",
            "center", "unit", "units", "register", "registry", "patient", "patients", "scanner", "scanners", "scan",
            "scans", "physics", "imaging", "safety", "suite", "room", "sequence", "sequences", "radiographer",
            "radiographers", "conditional", "therapy", "care",
            "record", "records", "data", "index", "plan", "plans", "class", "classes", "trainer", "trainers",
            "file", "files", "copy", "key", "keys", "branch", "list", "lists", "agreement", "contract",
            "schedule", "reference", "template", "document", "version", "database", "node", "switch", "licence",
            "license",
            "the", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "your", "you",
            "our", "their", "his", "her", "my", "any", "all", "this", "that", "it", "out", "no", "not", "one",
            "next", "first", "last", "is", "was", "be");

    private PatientNames() {
    }

    /** The start and end of each name after a title, and of each "patient" with the name after it. */
    static List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher titled = TITLED_NAME.matcher(text);
        while (titled.find()) {
            if (!NOT_SURNAMES.contains(firstPart(titled.group(1)))) {
                found.add(new int[] {titled.start(), titled.end()});
            }
        }
        Matcher patient = PATIENT_NAME.matcher(text);
        while (patient.find()) {
            if (!PatientDataScanner.NOT_NAMES.contains(firstPart(patient.group(1)))) {
                found.add(new int[] {patient.start(), patient.end()});
            }
        }
        return found;
    }

    private static String firstPart(String name) {
        return name.split("-", 2)[0].toLowerCase(Locale.ROOT);
    }
}
