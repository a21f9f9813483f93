package org.lessonsportal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.OdsFileReader.Row;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/** ODS's published layouts, read by column position, on the fictional sample files under {@code ods/}. */
class OdsFileReaderTest {

    private static List<Row> sample(String name, OdsFile file) {
        InputStream in = OdsFileReaderTest.class.getResourceAsStream("/ods/" + name);
        assertThat(in).as(name).isNotNull();
        return OdsFileReader.read(in, file);
    }

    private static List<Row> text(String csv, OdsFile file) {
        return OdsFileReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), file);
    }

    /** A row of {@code columns} cells, the given ones first. */
    private static String row(int columns, String... cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(i < cells.length ? cells[i] : "");
        }
        return out.append("\r\n").toString();
    }

    @Test
    void trustsFileGivesNameRegionIcbPostcodeAndATypeOnlyWhereTheNameSaysIt() {
        List<Row> rows = sample("etr.csv", OdsFile.TRUSTS);

        assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3);
        assertThat(rows).allMatch(Row::good);
        OdsRecord northshire = rows.get(0).organisation();
        assertThat(northshire).isEqualTo(new OdsRecord("ZZ1", "Northshire Hospitals NHS Foundation Trust",
                OdsKind.NHS_TRUST, Setting.ACUTE, Region.NORTH_WEST, "ZY1 1AB", "QZZ", null, null));
        OdsRecord ambulance = rows.get(1).organisation();
        assertThat(ambulance.type()).isEqualTo(Setting.AMBULANCE);
        assertThat(ambulance.region()).isEqualTo(Region.SOUTH_EAST);
        assertThat(ambulance.postcode()).as("tidied").isEqualTo("ZY5 5JK");
        OdsRecord closed = rows.get(2).organisation();
        assertThat(closed.name()).isEqualTo("Stoke-on-Dale and District NHS Trust");
        assertThat(closed.type()).as("the name does not say").isNull();
        assertThat(closed.region()).as("a region code the portal does not know (Wales)").isNull();
        assertThat(closed.parentIcbOdsCode()).isNull();
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void practicesFileGivesTheCommissionerAndTheBoard() {
        List<Row> rows = sample("epraccur.csv", OdsFile.GP_PRACTICES);

        assertThat(rows.get(0).organisation()).isEqualTo(new OdsRecord("ZZ3", "Oakfield Medical Practice",
                OdsKind.GP_PRACTICE, Setting.PRIMARY_CARE, Region.SOUTH_WEST, "ZY3 1UV", "QZX", "ZXC", null));
        OdsRecord closed = rows.get(1).organisation();
        assertThat(closed.name()).isEqualTo("Dr Zed & Partners");
        assertThat(closed.commissionerOdsCode()).isEqualTo("ZZC");
        assertThat(closed.parentIcbOdsCode()).isEqualTo("QZZ");
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void icbFileTellsBoardsFromSubIcbLocationsAndLeavesOutRegions() {
        List<Row> rows = sample("eccg.csv", OdsFile.ICBS);

        assertThat(rows.get(0).organisation()).isEqualTo(new OdsRecord("QZZ",
                "Northshire and Dale Integrated Care Board", OdsKind.INTEGRATED_CARE_BOARD,
                Setting.INTEGRATED_CARE_BOARD, Region.NORTH_WEST, "ZY1 9ZZ", null, null, null));
        OdsRecord location = rows.get(1).organisation();
        assertThat(location.kind()).isEqualTo(OdsKind.SUB_ICB_LOCATION);
        assertThat(location.name()).as("its own code kept in capitals").isEqualTo("NHS Northshire and Dale ICB - ZZC");
        assertThat(location.parentIcbOdsCode()).isEqualTo("QZZ");
        assertThat(rows.get(2).good()).isFalse();
        assertThat(rows.get(2).problem()).isEqualTo("Y62 is an NHS England region, not an integrated care board or a "
                + "sub-ICB location; the portal takes regions from each organisation's row.");
    }

    @Test
    void brokenRowsAreReturnedWithTheReasonInPlainWords() {
        String csv = row(27, "ZZ1", "A TRUST", "Y62")
                + "\"ZZ2\",\"ONLY\",\"FOUR\",\"COLUMNS\"\r\n"
                + row(27, "", "NO CODE")
                + row(27, "R-1!", "BAD CODE")
                + row(27, "ZZ5", " ")
                + "\r\n"
                + row(27, "zz6", "\"COMMAS, QUOTES \"\"AND\"\" ALL\"");

        List<Row> rows = text(csv, OdsFile.TRUSTS);

        assertThat(rows).extracting(Row::number).as("the empty row is skipped, the numbers kept")
                .containsExactly(1, 2, 3, 4, 5, 7);
        assertThat(rows.get(1).problem()).startsWith("This row has 4 columns, but a row of ODS's etr.csv has 27")
                .contains("Check that this is ODS's file of NHS trusts, unchanged.");
        assertThat(rows.get(1).odsCode()).isEqualTo("ZZ2");
        assertThat(rows.get(2).problem()).isEqualTo("There is no ODS code in the first column.");
        assertThat(rows.get(3).problem()).isEqualTo("\"R-1!\" in the first column is not an ODS code (3 to 10 letters "
                + "and digits).");
        assertThat(rows.get(4).problem()).isEqualTo("ZZ5 has no name in the second column.");
        assertThat(rows.get(5).organisation().odsCode()).isEqualTo("ZZ6");
        assertThat(rows.get(5).organisation().name()).isEqualTo("Commas, Quotes \"and\" All");
    }

    @Test
    void aPracticeRowNeedsItsCommissionerColumn() {
        List<Row> rows = text(row(14, "Z99001", "SHORT ROW SURGERY"), OdsFile.GP_PRACTICES);

        assertThat(rows.get(0).problem()).startsWith("This row has 14 columns, but a row of ODS's epraccur.csv has 27");
    }

    @Test
    void aFirstRowOfHeadingsAndAByteOrderMarkAreSkipped() {
        String csv = "\uFEFF" + row(27, "Organisation Code", "Name", "National Grouping") + row(27, "ZZ1", "A TRUST");

        List<Row> rows = text(csv, OdsFile.TRUSTS);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).organisation().name()).isEqualTo("A Trust");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252() {
        byte[] csv = row(27, "ZZ1", "CAF\u00C9 HOSPITAL NHS TRUST").getBytes(StandardCharsets.ISO_8859_1);

        List<Row> rows = OdsFileReader.read(new ByteArrayInputStream(csv), OdsFile.TRUSTS);

        assertThat(rows.get(0).organisation().name()).isEqualTo("Caf\u00E9 Hospital NHS Trust");
    }

    @Test
    void aFileWithNoOrganisationsOrAnUnclosedQuoteIsRefusedAsAWhole() {
        assertThatThrownBy(() -> text("\r\n\r\n", OdsFile.TRUSTS)).isInstanceOf(OdsFileException.class)
                .hasMessage("This file has no organisations in it. An ODS etr.csv file has one organisation a row, "
                        + "its ODS code first.");
        assertThatThrownBy(() -> text("\"ZZ1\",\"OPEN\r\n", OdsFile.TRUSTS)).isInstanceOf(OdsFileException.class)
                .hasMessageStartingWith("This file cannot be read as CSV: A cell that starts with a double quote");
    }

    @Test
    void filesAreKnownByTheNamesOdsGivesThem() {
        assertThat(OdsFile.fromFileName("etr.csv")).contains(OdsFile.TRUSTS);
        assertThat(OdsFile.fromFileName("ETR (1).CSV")).contains(OdsFile.TRUSTS);
        assertThat(OdsFile.fromFileName("epraccur-2026-12.csv")).contains(OdsFile.GP_PRACTICES);
        assertThat(OdsFile.fromFileName("eccg.csv")).contains(OdsFile.ICBS);
        assertThat(OdsFile.fromFileName("C:\\Downloads\\eauth.csv")).contains(OdsFile.ICBS);
        assertThat(OdsFile.fromFileName("lessons.csv")).isEmpty();
        assertThat(OdsFile.fromFileName("etrx.csv")).isEmpty();
        assertThat(OdsFile.fromFileName("etr.zip")).isEmpty();
        assertThat(OdsFile.fromFileName(null)).isEmpty();
    }

    @Test
    void namesInCapitalsAreShownAsPeopleWriteThem() {
        assertThat(OdsNames.tidy("KINGSBRIDGE CHILDREN'S HOSPITAL NHS FOUNDATION TRUST", "RZ6"))
                .isEqualTo("Kingsbridge Children's Hospital NHS Foundation Trust");
        assertThat(OdsNames.tidy("THE  PRACTICE OF ST. MARY (GP) 2", "Z1")).isEqualTo("The Practice of St. Mary (GP) 2");
        assertThat(OdsNames.tidy("Already Written Well NHS Trust", "ZZ1")).isEqualTo("Already Written Well NHS Trust");
    }

    @Test
    void aTrustsTypeIsReadFromItsNameOnly() {
        assertThat(OdsFileReader.trustType("WESTMOOR MENTAL HEALTH NHS TRUST")).isEqualTo(Setting.MENTAL_HEALTH);
        assertThat(OdsFileReader.trustType("FENLAND COMMUNITY AND MENTAL HEALTH PARTNERSHIP"))
                .isEqualTo(Setting.MENTAL_HEALTH);
        assertThat(OdsFileReader.trustType("RIVERSIDE COMMUNITY HEALTH NHS TRUST")).isEqualTo(Setting.COMMUNITY);
        assertThat(OdsFileReader.trustType("EASTVALE UNIVERSITY HOSPITALS NHS TRUST")).isEqualTo(Setting.ACUTE);
        assertThat(OdsFileReader.trustType("SOUTHBAY AMBULANCE SERVICE NHS FOUNDATION TRUST"))
                .isEqualTo(Setting.AMBULANCE);
        assertThat(OdsFileReader.trustType("NORTHSHIRE AND DALE NHS TRUST")).isNull();
    }
}
