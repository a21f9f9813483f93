package org.lessonsportal.domain.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NHS numbers in plain text ({@link ScannedText}), for {@link PatientDataScanner}. Digits are read in runs of groups
 * joined by a space, a hyphen (with or without a space either side) or a full stop, whichever dash, space or dot was
 * typed. A run is an NHS number when it has ten digits in groups of three or more ("943 476 5919", "94347 65919",
 * "9434765919"), or holds ten digits grouped 3-3-4 ("in 2021 943 476 5919"), and the modulus 11 check passes. It is
 * not one when it is
 * <ul>
 * <li>a telephone number: written after "+" or "(0)", starting with "00", or starting with a four- or five-digit
 * group beginning with 0 ("0800 104 110"); eleven-digit UK numbers never have ten digits;</li>
 * <li>money, after £, $ or €;</li>
 * <li>a date, a version, a count in thousands: a group of one or two digits ("01.03.2021 10", "2024.10.1003",
 * "3 400 000 000").</li>
 * </ul>
 * Pure functions.
 */
final class NhsNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9]+(?:(?: ?- ?|\\.| )[0-9]+)*");

    private static final Pattern GROUP = Pattern.compile("[0-9]+");

    private static final Pattern PHONE_OR_MONEY_BEFORE = Pattern.compile("(?:\\+|\\(0\\) ?|[£$€] ?)$");

    private NhsNumbers() {
    }

    /** The start and end of each NHS number with a valid check digit. */
    static List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            if (PHONE_OR_MONEY_BEFORE.matcher(text.substring(Math.max(0, run.start() - 4), run.start())).find()) {
                continue;
            }
            List<int[]> groups = new ArrayList<>();
            Matcher group = GROUP.matcher(text).region(run.start(), run.end());
            while (group.find()) {
                groups.add(new int[] {group.start(), group.end()});
            }
            if (groups.size() > 1 && run.group().startsWith("00")) {
                continue; // an international call
            }
            for (int[] number : candidates(text, groups)) {
                String digits = text.substring(number[0], number[1]).replaceAll("[^0-9]", "");
                if (PatientDataScanner.isValidNhsNumber(digits)) {
                    found.add(number);
                }
            }
        }
        return found;
    }

    private static List<int[]> candidates(String text, List<int[]> groups) {
        int digits = groups.stream().mapToInt(g -> g[1] - g[0]).sum();
        if (digits == 10) {
            boolean allLong = groups.stream().allMatch(g -> length(g) >= 3);
            int first = length(groups.get(0));
            boolean phone = groups.size() > 1 && (first == 4 || first == 5) && text.charAt(groups.get(0)[0]) == '0';
            return allLong && !phone ? List.of(new int[] {groups.get(0)[0], groups.get(groups.size() - 1)[1]})
                    : List.of();
        }
        List<int[]> found = new ArrayList<>();
        for (int i = 0; digits > 10 && i + 2 < groups.size(); i++) {
            if (length(groups.get(i)) == 3 && length(groups.get(i + 1)) == 3 && length(groups.get(i + 2)) == 4) {
                found.add(new int[] {groups.get(i)[0], groups.get(i + 2)[1]});
            }
        }
        return found;
    }

    private static int length(int[] group) {
        return group[1] - group[0];
    }
}
