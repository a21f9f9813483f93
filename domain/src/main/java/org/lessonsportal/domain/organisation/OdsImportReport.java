package org.lessonsportal.domain.organisation;

import java.util.List;

/**
 * What an ODS import did, row by row, in the file's order: organisations added, updated (with what changed) and
 * unchanged, rows left out because their ODS code was on an earlier row, and rows that could not be read.
 *
 * @param file                      which ODS file it was read as
 * @param rows                      every non-empty row of the file, in order
 * @param portalOrganisationsUpdated organisations already in the portal whose name, type, region or ICB changed
 * @param notes                     what else the import did, in plain words (boards named from their sub-ICB
 *                                  locations)
 */
public record OdsImportReport(OdsFile file, List<Row> rows, int portalOrganisationsUpdated, List<String> notes) {

    public OdsImportReport {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** What happened to a row. */
    public enum Outcome {
        /** New to the portal's ODS reference data. */
        ADDED,
        /** Known before; something changed (see {@link Row#details()}). */
        UPDATED,
        /** Known before, exactly as this row says. */
        UNCHANGED,
        /** Its ODS code is on an earlier row of the file, which was imported instead. */
        DUPLICATE,
        /** The row cannot be an organisation (see {@link Row#details()}). */
        NOT_IMPORTED
    }

    /**
     * One row of the file.
     *
     * @param number  the row's line in the file, from 1
     * @param odsCode {@code null} when the row has none the portal could read
     * @param details what changed (updated rows) or why it was left out (the others), in plain words
     */
    public record Row(int number, String odsCode, Outcome outcome, List<String> details) {

        public Row {
            details = List.copyOf(details);
        }

        /** "Row 3, ZZ1: name changed from "A" to "B"; region set to North West." or "Row 4: …" */
        public String line() {
            String where = "Row " + number + (odsCode == null || outcome == Outcome.NOT_IMPORTED ? "" : ", " + odsCode);
            return where + ": " + sentence(String.join("; ", details));
        }

        private static String sentence(String text) {
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                return trimmed;
            }
            String start = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
            return start.endsWith(".") ? start : start + ".";
        }
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** "5 organisations in the file: 2 added, 1 updated, 0 unchanged, 1 duplicate, 1 not imported." */
    public String summary() {
        return organisations(rows.size()) + " in the file: " + count(Outcome.ADDED) + " added, "
                + count(Outcome.UPDATED) + " updated, " + count(Outcome.UNCHANGED) + " unchanged, "
                + count(Outcome.DUPLICATE) + " duplicate, " + count(Outcome.NOT_IMPORTED) + " not imported.";
    }

    /**
     * "2 organisations in the portal now have their name, type, region and ICB from this file.", or {@code null}
     * when none changed.
     */
    public String portalSummary() {
        if (portalOrganisationsUpdated == 0) {
            return null;
        }
        return organisations(portalOrganisationsUpdated) + " in the portal " + (portalOrganisationsUpdated == 1
                ? "now has its" : "now have their") + " name, type, region and ICB from this file.";
    }

    /** The rows that need a word: what changed, what was left out and why, in the file's order. */
    public List<String> lines() {
        return rows.stream().filter(r -> r.outcome() != Outcome.ADDED && r.outcome() != Outcome.UNCHANGED)
                .map(Row::line).toList();
    }

    /** "1 organisation", "2 organisations". */
    public static String organisations(long count) {
        return count + (count == 1 ? " organisation" : " organisations");
    }
}
