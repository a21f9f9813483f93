package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.shared.CsvParser;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Reads lessons from a spreadsheet saved as CSV (UTF-8): a row of headings, then one lesson a row. Each row becomes
 * the same object a {@code lessons-exchange/1} file holds for a lesson ({@link SpreadsheetColumns}), so it is checked
 * and stored exactly like one from a JSON file. Like {@link ExchangeReader}, {@link #count} reads the whole file
 * first (a broken file changes nothing) and {@link #forEachLesson} hands the lessons over one at a time. Empty rows
 * are skipped; rows keep their spreadsheet numbers (the headings are row 1).
 */
final class SpreadsheetReader {

    /** Receives each lesson with its position among the lessons (from 0), its row, and problems found reading it. */
    @FunctionalInterface
    interface RowHandler {
        void handle(int index, int row, ObjectNode lesson, List<FieldError> problems);
    }

    private SpreadsheetReader() {
    }

    static int count(InputStream in, long maxBytes) {
        return walk(in, maxBytes, null);
    }

    static int forEachLesson(InputStream in, long maxBytes, RowHandler handler) {
        return walk(in, maxBytes, handler);
    }

    private static int walk(InputStream in, long maxBytes, RowHandler handler) {
        Reader reader = new InputStreamReader(new ExchangeReader.LimitedInputStream(in, maxBytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (reader) {
            CsvParser parser = new CsvParser(reader);
            List<String> headings = parser.next();
            while (headings != null && isBlank(headings)) {
                headings = parser.next();
            }
            if (headings == null) {
                throw new ExchangeFileException("This file is empty. A lessons spreadsheet has a row of headings, "
                        + "such as " + SpreadsheetColumns.EXAMPLE + ", then one lesson a row.");
            }
            SpreadsheetColumns columns = SpreadsheetColumns.of(headings);
            int count = 0;
            List<String> cells;
            while ((cells = parser.next()) != null) {
                if (isBlank(cells)) {
                    continue;
                }
                if (handler != null) {
                    List<FieldError> problems = new ArrayList<>();
                    ObjectNode lesson = columns.lesson(cells, problems);
                    handler.handle(count, parser.record(), lesson, problems);
                }
                count++;
            }
            return count;
        } catch (ExchangeReader.TooLargeException e) {
            throw new ExchangeFileException("This file is larger than the " + ExchangeReader.describeSize(maxBytes)
                    + " the portal accepts. Split it into smaller files and import them one by one.", e);
        } catch (CsvParser.CsvException e) {
            throw new ExchangeFileException("This spreadsheet cannot be read: " + e.getMessage(), e);
        } catch (CharacterCodingException e) {
            throw new ExchangeFileException("This file is not saved as UTF-8 text, so accented letters and symbols "
                    + "would be garbled. In Excel, choose File, Save As, and the type \"CSV UTF-8 (Comma delimited)\", "
                    + "then import that file.", e);
        } catch (IOException e) {
            throw new ExchangeFileException("The portal could not read this file. Try uploading it again.", e);
        }
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The columns a spreadsheet has, from its headings row, and how each row becomes a lesson. */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    static final class SpreadsheetColumns {

        static final String EXAMPLE = "\"Organisation code\", \"Title\", \"Summary\"";
        private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
        private static final Pattern CHALLENGE = Pattern.compile("challenge (\\d{1,2}): (type of challenge|what "
                + "happened|how it was resolved)");
        private static final Pattern CHALLENGE_KEY = Pattern.compile("challenges\\[(\\d+)]\\.(\\w+)");
        private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
        /** Every known heading (in lower case) and the exchange key it fills. */
        static final Map<String, String> KEYS = new LinkedHashMap<>();

        static {
            for (String key : ExchangeFields.SPREADSHEET_KEYS) {
                KEYS.put(normalise(ExchangeFields.label(key)), key);
                KEYS.put(normalise(key), key);
            }
            KEYS.put("ods code", ExchangeFields.ODS_CODE);
            KEYS.put("organisation ods code", ExchangeFields.ODS_CODE);
            KEYS.put("technologies", LessonFields.TECHNOLOGIES);
            KEYS.put("contact email", LessonFields.CONTACT_EMAIL);
        }

        private final List<String> keys;
        private final List<String> headings;

        static SpreadsheetColumns of(List<String> headings) {
            List<String> keys = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            Map<String, String> seen = new LinkedHashMap<>();
            for (String heading : headings) {
                String key = keyOf(heading);
                if (key == null && !heading.isBlank()) {
                    unknown.add("\"" + heading.strip() + "\"");
                }
                if (key != null && seen.put(key, heading.strip()) != null) {
                    throw new ExchangeFileException("The heading \"" + heading.strip() + "\" is in the first row "
                            + "twice. Each column needs a different heading.");
                }
                keys.add(key);
            }
            if (!unknown.isEmpty()) {
                throw new ExchangeFileException("The portal does not know the " + (unknown.size() == 1
                        ? "heading " + unknown.get(0) : "headings " + String.join(", ", unknown))
                        + " in the first row, so nothing was imported. Check the spelling, or delete "
                        + (unknown.size() == 1 ? "that column" : "those columns") + ". The headings it knows are: "
                        + knownHeadings() + ".");
            }
            if (!seen.containsKey(LessonFields.TITLE)) {
                throw new ExchangeFileException("This spreadsheet has no \"Title\" column, so it may not be a "
                        + "spreadsheet of lessons. Its first row must hold the headings, such as " + EXAMPLE + ".");
            }
            return new SpreadsheetColumns(keys, headings);
        }

        private static String keyOf(String heading) {
            String name = normalise(heading);
            String known = KEYS.get(name);
            if (known != null) {
                return known;
            }
            Matcher challenge = CHALLENGE.matcher(name);
            if (challenge.matches() && Integer.parseInt(challenge.group(1)) >= 1) {
                int index = Integer.parseInt(challenge.group(1)) - 1;
                return LessonFields.challenge(index, switch (challenge.group(2)) {
                    case "type of challenge" -> "type";
                    case "what happened" -> "description";
                    default -> "resolution";
                });
            }
            return null;
        }

        static String knownHeadings() {
            List<String> names = new ArrayList<>();
            KEYS.values().stream().distinct().forEach(key -> names.add("\"" + ExchangeFields.label(key) + "\""));
            names.add("\"Challenge 1: type of challenge\", \"Challenge 1: what happened\", \"Challenge 1: how it "
                    + "was resolved\" (and Challenge 2, 3 and so on)");
            return String.join(", ", names);
        }

        /** Lower case, single spaces, no quotes or trailing asterisk (marking a required column). */
        private static String normalise(String heading) {
            return heading.strip().replaceAll("\\s+", " ").replaceAll("\\s*\\*$", "").replace('’', '\'')
                    .toLowerCase(Locale.ROOT);
        }

        ObjectNode lesson(List<String> cells, List<FieldError> problems) {
            int extra = 0;
            for (int i = keys.size(); i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    extra++;
                }
            }
            if (extra > 0) {
                problems.add(new FieldError("", "This row has more cells than there are headings, so its cells may "
                        + "be in the wrong columns. A cell with a comma in it must be in double quotes; remove any "
                        + "cells to the right of the last heading"));
            }
            ObjectNode lesson = JSON.objectNode();
            TreeMap<Integer, ObjectNode> challenges = new TreeMap<>();
            for (int i = 0; i < keys.size() && i < cells.size(); i++) {
                String key = keys.get(i);
                String value = cells.get(i).strip();
                if (key == null || value.isEmpty()) {
                    continue;
                }
                put(lesson, challenges, key, value);
            }
            if (!challenges.isEmpty()) {
                var list = lesson.putArray(LessonFields.CHALLENGES);
                int last = challenges.lastKey();
                for (int i = 0; i <= last; i++) {
                    list.add(challenges.getOrDefault(i, JSON.objectNode()));
                }
            }
            return lesson;
        }

        private static void put(ObjectNode lesson, Map<Integer, ObjectNode> challenges, String key, String value) {
            switch (key) {
                case ExchangeFields.ODS_CODE -> organisation(lesson).put("odsCode", value);
                case ExchangeFields.ORGANISATION_NAME -> organisation(lesson).put("name", value);
                case LessonFields.CONTACT_NAME -> contact(lesson).put("name", value);
                case LessonFields.CONTACT_EMAIL -> contact(lesson).put("email", value);
                case LessonFields.PROJECT_TYPE -> lesson.put(key, code(ProjectType.class, value));
                case LessonFields.REGION -> lesson.put(key, code(Region.class,
                        value));
                case LessonFields.SETTINGS -> split(value).forEach(setting -> lesson.withArray(key)
                        .add(code(Setting.class, setting)));
                case LessonFields.TECHNOLOGIES, LessonFields.TAGS -> split(value)
                        .forEach(item -> lesson.withArray(key).add(item));
                case LessonFields.STARTED_ON, LessonFields.COMPLETED_ON, ExchangeFields.PUBLISHED_ON ->
                        lesson.put(key, isoDate(value));
                default -> {
                    Matcher challenge = CHALLENGE_KEY.matcher(key);
                    if (challenge.matches()) {
                        String part = challenge.group(2);
                        String text = part.equals("type")
                                ? code(ChallengeType.class, value) : value;
                        challenges.computeIfAbsent(Integer.parseInt(challenge.group(1)), i -> JSON.objectNode())
                                .put(part, text);
                    } else {
                        lesson.put(key, value);
                    }
                }
            }
        }

        private static ObjectNode organisation(ObjectNode lesson) {
            return lesson.has(LessonFields.ORGANISATION) ? (ObjectNode) lesson.get(LessonFields.ORGANISATION)
                    : lesson.putObject(LessonFields.ORGANISATION);
        }

        private static ObjectNode contact(ObjectNode lesson) {
            return lesson.has(LessonFields.CONTACT) ? (ObjectNode) lesson.get(LessonFields.CONTACT)
                    : lesson.putObject(LessonFields.CONTACT);
        }

        /** Several values in one cell, separated by semicolons or on lines of their own. */
        private static List<String> split(String value) {
            return Arrays.stream(value.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        }

        /** A code from its label as the portal shows it ("Acute hospital"), or the text itself (a code, or wrong). */
        private static <E extends Enum<E> & Labelled> String code(Class<E> type,
                String value) {
            for (E e : type.getEnumConstants()) {
                if (e.label().equalsIgnoreCase(value) || e.code().equalsIgnoreCase(value)) {
                    return e.code();
                }
            }
            return value;
        }

        /** 31/03/2023 (as Excel writes UK dates) as 2023-03-31; anything else is left for the usual check. */
        private static String isoDate(String value) {
            Matcher uk = UK_DATE.matcher(value);
            if (uk.matches()) {
                return String.format(Locale.ROOT, "%s-%02d-%02d", uk.group(3), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1)));
            }
            return value;
        }
    }
}
