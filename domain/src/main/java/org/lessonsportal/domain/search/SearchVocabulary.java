package org.lessonsportal.domain.search;

import java.time.Instant;
import java.util.List;

/**
 * The words search treats as meaning the same: the administrators' extra rules as they wrote them, and how many rules
 * each source adds.
 *
 * @param rules          the administrators' rules, one a line, with their comments ({@code #}) and blank lines; empty
 *                       when they have added none
 * @param version        the saved version these rules are, to pass back when saving; {@code null} before the first
 *                       save
 * @param savedAt        when that version was saved; {@code null} before the first save
 * @param savedByName    who saved it; {@code null} before the first save, or when the portal itself saved it
 * @param builtInRules   how many rules ship with the portal (the NHS vocabulary), in use
 * @param fileConfigured whether the portal's settings name a synonym file ({@code lessons.search.synonyms-file})
 * @param fileRules      how many rules that file adds, in use (read when the portal starts)
 * @param extraRules     how many of the administrators' rules are in use
 */
public record SearchVocabulary(String rules, Integer version, Instant savedAt, String savedByName, int builtInRules,
        boolean fileConfigured, int fileRules, int extraRules) {

    public SearchVocabulary {
        rules = rules == null ? "" : rules;
    }

    /** The administrators' rules, one per entry: the lines that are neither blank nor comments, trimmed. */
    public List<String> extraRuleLines() {
        return rules.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
