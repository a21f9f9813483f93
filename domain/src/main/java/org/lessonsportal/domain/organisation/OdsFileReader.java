package org.lessonsportal.domain.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessonsportal.domain.shared.CsvParser;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Reads an ODS file in its published layout: CSV without headings, one organisation a row, read by column position
 * (RFC 4180, through {@link CsvParser}). The columns read, numbered from 1 as ODS's layout documents number them:
 * <ul>
 * <li>every file: 1 Organisation Code, 2 Name, 3 National Grouping (the NHS England region, Y56…Y63), 4 High Level
 * Health Geography (the integrated care board, a Q code), 10 Postcode, 12 Close Date (yyyyMMdd);</li>
 * <li>{@code epraccur.csv} also: 15 Commissioner (the sub-ICB location that commissions the practice).</li>
 * </ul>
 * Rows keep their numbers in the file (from 1) for the report; empty rows are skipped, and a first row of headings
 * ("Organisation Code", …), which ODS's files do not have but a re-saved spreadsheet may, is skipped too. A row that
 * cannot be an organisation is returned with the reason, in plain words.
 */
final class OdsFileReader {

    /** Cells of the standard layout the portal reads, and of the practice layout. */
    static final int STANDARD_COLUMNS = 12;
    static final int PRACTICE_COLUMNS = 15;
    /** Both layouts have this many columns. */
    static final int PUBLISHED_COLUMNS = 27;

    /** NHS England's regions by their ODS codes (the files' National Grouping). */
    static final Map<String, Region> REGIONS = Map.of("Y56", Region.LONDON, "Y58", Region.SOUTH_WEST, "Y59",
            Region.SOUTH_EAST, "Y60", Region.MIDLANDS, "Y61", Region.EAST_OF_ENGLAND, "Y62", Region.NORTH_WEST, "Y63",
            Region.NORTH_EAST_AND_YORKSHIRE);
    private static final DateTimeFormatter ODS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** One row of the file: an organisation, or the reason it cannot be one. */
    record Row(int number, String odsCode, OdsRecord organisation, String problem) {

        boolean good() {
            return organisation != null;
        }
    }

    private OdsFileReader() {
    }

    /** Every non-empty row of the file; the file as a whole is refused with an {@link OdsFileException}. */
    static List<Row> read(InputStream in, OdsFile file) {
        String text = decode(in);
        List<Row> rows = new ArrayList<>();
        try {
            CsvParser parser = new CsvParser(new StringReader(text));
            List<String> cells;
            boolean first = true;
            while ((cells = parser.next()) != null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (first && isHeadings(cells)) {
                    first = false;
                    continue;
                }
                first = false;
                rows.add(row(parser.record(), cells, file));
            }
        } catch (CsvParser.CsvException e) {
            throw new OdsFileException("This file cannot be read as CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OdsFileException("The portal could not read this file. Try uploading it again.", e);
        }
        if (rows.isEmpty()) {
            throw new OdsFileException("This file has no organisations in it. An ODS " + file.fileNames()
                    + " file has one organisation a row, its ODS code first.");
        }
        return rows;
    }

    /** UTF-8, as ODS's downloads are; text that is not (an older file saved by Excel) is read as Windows-1252. */
    private static String decode(InputStream in) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new OdsFileException("The portal could not read this file. Try uploading it again.", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean isHeadings(List<String> cells) {
        String first = cells.get(0).strip().toLowerCase(Locale.ROOT);
        return first.equals("organisation code") || first.equals("organization code") || first.equals("code");
    }

    static Row row(int number, List<String> cells, OdsFile file) {
        String given = cell(cells, 1);
        String odsCode = Organisation.odsCodeOrNull(given);
        int needed = file == OdsFile.GP_PRACTICES ? PRACTICE_COLUMNS : STANDARD_COLUMNS;
        if (cells.size() < needed) {
            return new Row(number, odsCode, null, "This row has " + cells.size() + (cells.size() == 1 ? " column"
                    : " columns") + ", but a row of ODS's " + file.fileNames() + " has " + PUBLISHED_COLUMNS
                    + " (the ODS code, the name, the region, the ICB, the address, the postcode and so on), so the "
                    + "portal cannot tell which is which. Check that this is ODS's file of " + file.description()
                    + ", unchanged.");
        }
        if (given == null) {
            return new Row(number, null, null, "There is no ODS code in the first column.");
        }
        if (odsCode == null) {
            return new Row(number, null, null, "\"" + echo(given) + "\" in the first column is not an ODS code "
                    + "(3 to 10 letters and digits).");
        }
        String name = cell(cells, 2);
        if (name == null) {
            return new Row(number, odsCode, null, odsCode + " has no name in the second column.");
        }
        if (name.length() > 200) {
            return new Row(number, odsCode, null, odsCode + "'s name is " + name.length() + " characters long; "
                    + "the portal keeps names of up to 200.");
        }
        String grouping = upper(cell(cells, 3));
        Region region = grouping == null ? null : REGIONS.get(grouping);
        String icb = Organisation.odsCodeOrNull(cell(cells, 4));
        String postcode = postcode(cell(cells, 10));
        LocalDate closed = date(cell(cells, 12));
        String tidied = OdsNames.tidy(name, odsCode);
        OdsRecord record = switch (file) {
            case TRUSTS -> new OdsRecord(odsCode, tidied, OdsKind.NHS_TRUST, trustType(name), region, postcode,
                    icb, null, closed);
            case GP_PRACTICES -> new OdsRecord(odsCode, tidied, OdsKind.GP_PRACTICE, Setting.PRIMARY_CARE, region,
                    postcode, icb, Organisation.odsCodeOrNull(cell(cells, 15)), closed);
            case ICBS -> icbRow(odsCode, tidied, region, postcode, icb, closed);
        };
        if (record == null) {
            return new Row(number, odsCode, null, odsCode + " is an NHS England region, not an integrated care "
                    + "board or a sub-ICB location; the portal takes regions from each organisation's row.");
        }
        return new Row(number, odsCode, record, null);
    }

    /** An ICB (a Q code, the level above sub-ICB locations) or a sub-ICB location (its ICB in column 4). */
    private static OdsRecord icbRow(String odsCode, String name, Region region, String postcode, String icb,
            LocalDate closed) {
        if (odsCode.matches("Y\\d\\d")) {
            return null;
        }
        if (odsCode.matches("Q[A-Z0-9]{2}")) {
            return new OdsRecord(odsCode, name, OdsKind.INTEGRATED_CARE_BOARD, Setting.INTEGRATED_CARE_BOARD,
                    region, postcode, null, null, closed);
        }
        return new OdsRecord(odsCode, name, OdsKind.SUB_ICB_LOCATION, Setting.INTEGRATED_CARE_BOARD, region, postcode,
                icb, null, closed);
    }

    /**
     * ODS's trust file does not say what kind of care a trust gives; its name often does. Only these words are read;
     * any other trust's type is not known from ODS (and stays as the organisation's account says).
     */
    static Setting trustType(String name) {
        String words = " " + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ") + " ";
        if (words.contains(" AMBULANCE ")) {
            return Setting.AMBULANCE;
        }
        if (words.contains(" MENTAL HEALTH ")) {
            return Setting.MENTAL_HEALTH;
        }
        if (words.contains(" COMMUNITY ") && !words.contains(" HOSPITAL")) {
            return Setting.COMMUNITY;
        }
        if (words.contains(" HOSPITAL")) {
            return Setting.ACUTE;
        }
        return null;
    }

    private static String cell(List<String> cells, int column) {
        if (cells.size() < column) {
            return null;
        }
        String value = cells.get(column - 1).strip();
        return value.isEmpty() ? null : value;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String postcode(String value) {
        if (value == null) {
            return null;
        }
        String postcode = value.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return postcode.length() <= 10 ? postcode : null;
    }

    /** ODS dates are yyyyMMdd; anything else is taken as no date. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, ODS_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String echo(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
