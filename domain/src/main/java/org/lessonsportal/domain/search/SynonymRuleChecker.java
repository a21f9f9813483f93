package org.lessonsportal.domain.search;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;

/**
 * Checks a vocabulary written by a person, line by line, before it is saved: what {@link SynonymRules} would skip
 * (with a warning only an operator sees) is refused here with the line's number and a reason in plain English. A text
 * this finds no problem in loads with every rule.
 * <p>
 * The format is Solr's, as in the built-in file: {@code a, b, c} (any of them finds the others) or {@code a, b => c}
 * (a or b also finds c, one way). Blank lines and lines starting with {@code #} are ignored; a backslash makes the
 * next character plain ({@code \,} is a comma inside a word).
 */
final class SynonymRuleChecker {

    static final int MAX_LINE_LENGTH = 1_000;
    private static final String ARROW = "=>";

    private SynonymRuleChecker() {
    }

    /**
     * The problems of the text, in line order; empty when every rule can be used.
     *
     * @param ruleAnalyzer the analyzer rules are read with (the index analyzer)
     * @param maxLength    the longest text accepted, in characters
     */
    static List<RuleProblem> check(Analyzer ruleAnalyzer, String text, int maxLength) {
        List<RuleProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return problems;
        }
        if (text.length() > maxLength) {
            problems.add(new RuleProblem(0, "the rules are longer than " + String.format(Locale.UK, "%,d", maxLength)
                    + " characters: remove the ones you no longer need"));
            return problems;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String rule = lines.get(i).strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            String reason = problemOf(ruleAnalyzer, rule);
            if (reason != null) {
                problems.add(new RuleProblem(i + 1, reason));
            }
        }
        return problems;
    }

    /** Why the rule cannot be used, or {@code null}. */
    private static String problemOf(Analyzer analyzer, String rule) {
        if (rule.length() > MAX_LINE_LENGTH) {
            return "the rule is longer than " + String.format(Locale.UK, "%,d", MAX_LINE_LENGTH)
                    + " characters: split it into shorter rules";
        }
        List<String> sides = split(rule, ARROW);
        if (sides.size() > 2) {
            return "use ‘=>’ only once in a rule";
        }
        List<List<String>> groups = new ArrayList<>();
        for (String side : sides) {
            groups.add(split(side, ","));
        }
        if (sides.size() == 2) {
            if (groups.stream().anyMatch(group -> group.stream().allMatch(String::isBlank))) {
                return "put at least one word or phrase on each side of ‘=>’";
            }
        } else if (groups.get(0).stream().filter(item -> !item.isBlank()).count() < 2) {
            return "a rule needs at least two words or phrases separated by commas, or ‘=>’";
        }
        Set<String> meanings = new LinkedHashSet<>();
        for (List<String> group : groups) {
            for (String item : group) {
                String words = unescape(item).strip();
                if (words.isEmpty()) {
                    return "there is a comma with no word or phrase next to it: remove the extra comma";
                }
                List<String> terms = LessonAnalyzers.terms(analyzer, words);
                if (terms.isEmpty()) {
                    return "“" + words + "” has no word the search can use (it leaves out small words such as "
                            + "‘the’, ‘of’ and ‘and’, and symbols): use other words";
                }
                meanings.add(String.join(" ", terms));
            }
        }
        if (meanings.size() < 2) {
            return "its words or phrases already mean the same to the search (it ignores capitals and endings such "
                    + "as ‘-s’ and ‘-ing’), so the rule would change nothing";
        }
        try {
            new SolrSynonymParser(true, true, analyzer).parse(new StringReader(rule));
        } catch (Exception e) {
            return "this rule cannot be used: write words or phrases separated by commas, or ‘=>’";
        }
        return null;
    }

    /**
     * Splits as Solr's synonym parser does, a backslash escaping the next character, but keeps empty parts (so a
     * stray comma can be reported).
     */
    static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int pos = 0;
        while (pos < text.length()) {
            if (text.startsWith(separator, pos)) {
                parts.add(part.toString());
                part.setLength(0);
                pos += separator.length();
                continue;
            }
            char ch = text.charAt(pos++);
            if (ch == '\\') {
                part.append(ch);
                if (pos >= text.length()) {
                    break;
                }
                ch = text.charAt(pos++);
            }
            part.append(ch);
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i < text.length() - 1) {
                plain.append(text.charAt(++i));
            } else {
                plain.append(ch);
            }
        }
        return plain.toString();
    }
}
