package org.lessonsportal.domain.lesson;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses next to a person, for {@link PatientDataScanner}. An address is a house number (with a letter,
 * and a flat before it if any) and one to three capitalised words ending in a street word: "12 Acacia Avenue",
 * "Flat 3, 27 Mill Lane", "19 St John's Square". It is personal data when its sentence has a person in it:
 * <ul>
 * <li>a name after a title (Mr, Mrs, Ms, Miss, Mx; not Dr, which usually names staff);</li>
 * <li>a word for a person or their home: "patient" (not "patient records" and the like), "lives", "resident",
 * "service user", "next of kin", "her home", "a woman", "husband", "carer", "family"…;</li>
 * <li>a first name and surname right before the address ("John Smith, 12 Acacia Avenue"), unless they read as a
 * place ("Riverside House", "Foundation Trust").</li>
 * </ul>
 * "Address" on its own does not make an address personal ("the address of the hub is 4 Science Park"). Pure functions.
 */
final class StreetAddresses {

    /** How far after an address its postcode may be for the two to count as one address. */
    static final int POSTCODE_DISTANCE = 40;

    private static final String STREET_WORD = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court"
            + "|Place|Gardens|Grove|Terrace|Walk|Hill|Square|Mews|Row|Rise|View|Parade|Green|Vale|Park)";

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w/.-])(?:(?:Flat|Apartment|Apt\\.?|Unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?"
                    + "\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][a-z]+(?:'[a-z]+)?\\s+){1,3}" + STREET_WORD + "\\b");

    private static final Pattern PERSON = Pattern.compile("\\b(?:"
            + "(?-i:(?:Mrs|Mr|Ms|Miss|Mx)\\.?\\s+[A-Z][A-Za-z'-]*)"
            + "|lives?|lived|living|resides?|resided|residing|residence|residents?(?!\\s+doctors?)"
            + "|home\\s+address|(?:his|her|their)\\s+(?:home|house|flat)"
            + "|patients?'?s?(?![\\s-]+(?:" + PatientDataScanner.NEUTRAL_AFTER_PATIENT + ")\\b)"
            + "|service\\s+users?|next\\s+of\\s+kin|born"
            + "|man|woman|men|women|child|children|boy|girl|baby|mother|father|mum|dad|husband|wife|son"
            + "|daughter|carer|relative|family|gentleman|lady|tenant|neighbour"
            + ")\\b", CASE_INSENSITIVE);

    private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|[^A-Za-z'])(" + PatientDataScanner.NAME
            + ")\\s+(" + PatientDataScanner.NAME + "),?\\s+(?:(?:of|at|from)\\s+)?$");

    /** Capitalised words that make a pair of words a place or an organisation rather than a person's name. */
    private static final Set<String> PLACE_WORDS = Set.of("hospital", "hospitals", "trust", "nhs", "house", "centre",
            "center", "practice", "surgery", "clinic", "ward", "building", "court", "hall", "park", "office",
            "offices", "council", "board", "foundation", "health", "care", "medical", "group", "limited", "ltd",
            "unit", "campus", "site", "block", "wing", "library", "school", "university", "college", "station",
            "hub", "headquarters", "team", "services", "service", "partnership", "lodge", "chambers", "plaza",
            "tower", "point", "works", "estate", "street", "road", "lane", "avenue", "way", "square", "royal",
            "general", "infirmary", "community", "mental", "primary", "digital", "data", "project", "programme");

    private StreetAddresses() {
    }

    /** The start and end of each street address in the text that has a person next to it. */
    static List<int[]> nextToAPerson(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            if (hasPerson(text, address.start(), address.end())) {
                found.add(new int[] {address.start(), address.end()});
            }
        }
        return found;
    }

    private static boolean hasPerson(String text, int start, int end) {
        String sentence = PatientDataScanner.sentenceAround(text, start, end);
        int at = sentence.indexOf(text.substring(start, end));
        String around = at < 0 ? sentence : sentence.substring(0, at) + " " + sentence.substring(at + end - start);
        if (PERSON.matcher(around).find()) {
            return true;
        }
        Matcher name = NAME_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
        return name.find() && isPersonName(name.group(1)) && isPersonName(name.group(2));
    }

    private static boolean isPersonName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !PLACE_WORDS.contains(lower) && !PatientDataScanner.NOT_NAMES.contains(lower);
    }
}
