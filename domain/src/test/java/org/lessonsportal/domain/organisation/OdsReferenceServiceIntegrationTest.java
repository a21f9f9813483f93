package org.lessonsportal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lessonsportal.testsupport.LessonTestData.unique;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.OdsImportReport.Outcome;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Importing ODS files: a report row by row (good, duplicate and broken rows), re-import updates and says what changed,
 * and ODS's names, types, regions and boards win over the sign-in token's for the codes it lists.
 */
@SpringBootTest
@WithMockUser(roles = "admin")
class OdsReferenceServiceIntegrationTest {

    @Autowired
    OdsReferenceService reference;
    @Autowired
    OrganisationService organisations;

    /** A row of ODS's standard layout (27 columns): code, name, region, ICB, then the postcode in column 10. */
    private static String row(String code, String name, String region, String icb, String postcode) {
        String[] cells = new String[27];
        java.util.Arrays.fill(cells, "");
        cells[0] = code;
        cells[1] = name;
        cells[2] = region;
        cells[3] = icb;
        cells[9] = postcode;
        return "\"" + String.join("\",\"", cells) + "\"\r\n";
    }

    private OdsImportReport importTrusts(String csv) {
        return reference.importFile(OdsFile.TRUSTS, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void goodDuplicateAndBrokenRowsAreCountedAndReportedByRow() {
        String a = unique("R");
        String b = unique("R");
        String csv = row(a, "ALPHA HOSPITALS NHS TRUST", "Y62", "QZZ", "ZY1 1AB")
                + row(b, "BETA COMMUNITY NHS TRUST", "Y60", "", "ZY9 2CD")
                + row(a, "ALPHA AGAIN", "Y62", "QZZ", "")
                + row(unique("R"), "", "Y62", "", "")
                + "\"" + unique("R") + "\",\"TOO SHORT\"\r\n";

        OdsImportReport report = importTrusts(csv);

        assertThat(report.summary()).isEqualTo("5 organisations in the file: 2 added, 0 updated, 0 unchanged, "
                + "1 duplicate, 2 not imported.");
        assertThat(report.lines()).hasSize(3);
        assertThat(report.lines().get(0)).isEqualTo("Row 3, " + a + ": Also on row 1, which was imported instead.");
        assertThat(report.lines().get(1)).matches("Row 4: R\\w+ has no name in the second column\\.");
        assertThat(report.lines().get(2)).startsWith("Row 5: This row has 2 columns, but a row of ODS's etr.csv "
                + "has 27");
        assertThat(report.rows()).extracting(OdsImportReport.Row::outcome).containsExactly(Outcome.ADDED,
                Outcome.ADDED, Outcome.DUPLICATE, Outcome.NOT_IMPORTED, Outcome.NOT_IMPORTED);
        assertThat(reference.lookUp(a.toLowerCase())).get().satisfies(ods -> {
            assertThat(ods.name()).as("the first row").isEqualTo("Alpha Hospitals NHS Trust");
            assertThat(ods.type()).isEqualTo(Setting.ACUTE);
            assertThat(ods.region()).isEqualTo(Region.NORTH_WEST);
            assertThat(ods.parentIcbOdsCode()).isEqualTo("QZZ");
        });
        assertThat(OdsImportReport.organisations(1)).isEqualTo("1 organisation");
    }

    @Test
    void reImportUpdatesSaysWhatChangedAndBringsThePortalsOrganisationUpToDate() {
        String a = unique("R");
        String b = unique("R");
        importTrusts(row(a, "GAMMA HOSPITALS NHS TRUST", "Y62", "QZZ", "ZY1 1AB")
                + row(b, "DELTA NHS TRUST", "Y60", "", ""));
        // Someone from the trust signs in; their token says something else.
        MemberView member = organisations.recordSignIn(new SignIn(UUID.randomUUID().toString(), "gamma" + a,
                "Gamma Person", null, new OrganisationDetails(a, "Token name for gamma", Setting.SPECIALIST,
                        Region.LONDON, "kc-" + a, "QZ9"), Set.of("contributor")));
        OrganisationView signedIn = organisations.get(member.organisationId());
        assertThat(signedIn).isEqualTo(new OrganisationView(signedIn.id(), a, "Gamma Hospitals NHS Trust",
                Setting.ACUTE, Region.NORTH_WEST, "QZZ"));

        OdsImportReport again = importTrusts(row(a, "GAMMA AND DALE HOSPITALS NHS TRUST", "Y62", "QZY",
                "ZY1 1AB") + row(b, "DELTA NHS TRUST", "Y60", "", ""));

        assertThat(again.summary()).isEqualTo("2 organisations in the file: 0 added, 1 updated, 1 unchanged, "
                + "0 duplicate, 0 not imported.");
        assertThat(again.lines()).containsExactly("Row 1, " + a + ": Name changed from \"Gamma Hospitals NHS "
                + "Trust\" to \"Gamma and Dale Hospitals NHS Trust\"; integrated care board changed from QZZ "
                + "to QZY.");
        assertThat(again.portalOrganisationsUpdated()).isEqualTo(1);
        assertThat(again.portalSummary()).isEqualTo("1 organisation in the portal now has its name, type, region and "
                + "ICB from this file.");
        assertThat(organisations.organisationName(signedIn.id())).as("the cache of names forgets the old name")
                .isEqualTo("Gamma and Dale Hospitals NHS Trust");
        assertThat(organisations.get(signedIn.id()).parentIcbOdsCode()).isEqualTo("QZY");
    }

    @Test
    void theTokenDescribesOnlyWhatOdsDoesNotSayOrOrganisationsOdsDoesNotKnow() {
        String untyped = unique("R");
        String unknown = unique("R");
        importTrusts(row(untyped, "EPSILON NHS TRUST", "W00", "", ""));

        OrganisationView partly = organisations.provision(new OrganisationDetails(untyped, "Token epsilon",
                Setting.SPECIALIST, Region.LONDON, null, "QZ8"));
        assertThat(partly.name()).isEqualTo("Epsilon NHS Trust");
        assertThat(partly.type()).as("ODS's trust file does not say").isEqualTo(Setting.SPECIALIST);
        assertThat(partly.region()).as("a Welsh region code").isEqualTo(Region.LONDON);
        assertThat(partly.parentIcbOdsCode()).isEqualTo("QZ8");

        OrganisationView tokenOnly = organisations.provision(new OrganisationDetails(unknown, "Token only trust",
                Setting.MENTAL_HEALTH, Region.MIDLANDS, null, "QZ7"));
        assertThat(tokenOnly).isEqualTo(new OrganisationView(tokenOnly.id(), unknown, "Token only trust",
                Setting.MENTAL_HEALTH, Region.MIDLANDS, "QZ7"));
        assertThat(reference.lookUp(unknown)).isEmpty();
    }

    @Test
    void anOrganisationOnlyOdsKnowsIsCreatedFromOdsAndListedAsFromOds() {
        String board = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 2).toUpperCase();
        String location = unique("Z");
        String practice = unique("Z");
        String icbFile = row(board, "ZETA INTEGRATED CARE BOARD", "Y61", "", "")
                + row(location, "NHS ZETA ICB - " + location, "Y61", board, "");
        OdsImportReport boards = reference.importFile(OdsFile.ICBS,
                new ByteArrayInputStream(icbFile.getBytes(StandardCharsets.UTF_8)));
        assertThat(boards.count(Outcome.NOT_IMPORTED)).isZero();
        String[] cells = new String[27];
        java.util.Arrays.fill(cells, "");
        cells[0] = practice;
        cells[1] = "ZETA SURGERY";
        cells[2] = "Y61";
        cells[3] = board;
        cells[14] = location;
        reference.importFile(OdsFile.GP_PRACTICES, new ByteArrayInputStream(String.join(",", cells)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(reference.lookUp(practice)).get().extracting(OdsRecord::commissionerOdsCode).isEqualTo(location);
        OrganisationView created = organisations.provisionFromOds(practice).orElseThrow();
        assertThat(created).isEqualTo(new OrganisationView(created.id(), practice, "Zeta Surgery",
                Setting.PRIMARY_CARE, Region.EAST_OF_ENGLAND, board));
        assertThat(organisations.provisionFromOds(unique("X"))).isEmpty();

        OrganisationOverview listed = organisations.findOrganisations(practice, 0, 5).get(0);
        assertThat(listed.fromOds()).isTrue();
        assertThat(listed.icbName()).as("the board is known from ODS only").isEqualTo("Zeta Integrated Care Board");
    }

    @Test
    void aBoardWithoutARowOfItsOwnIsNamedFromItsSubIcbLocation() {
        // Letters only: the other test's boards are hexadecimal, so the two never meet.
        String letters = "GHJKLMNPRSTUVWXY";
        java.util.Random random = new java.util.Random();
        String board = "Q" + letters.charAt(random.nextInt(16)) + letters.charAt(random.nextInt(16));
        String location = unique("Z");
        String eccg = row(location, "NHS ETA VALLEY ICB - " + location, "Y58", board, "");

        OdsImportReport report = reference.importFile(OdsFile.ICBS,
                new ByteArrayInputStream(eccg.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.summary()).startsWith("1 organisation in the file: 1 added");
        assertThat(report.notes()).containsExactly("NHS Eta Valley ICB (" + board + ") is named from its sub-ICB "
                + "location " + location + " on row 1, as ODS's file has no row for the board itself; importing ODS's "
                + "eauth.csv gives its own.");
        assertThat(reference.lookUp(board)).get().satisfies(ods -> {
            assertThat(ods.name()).isEqualTo("NHS Eta Valley ICB");
            assertThat(ods.kind()).isEqualTo(OdsKind.INTEGRATED_CARE_BOARD);
            assertThat(ods.region()).isEqualTo(Region.SOUTH_WEST);
        });

        String eauth = row(board, "NHS ETA VALLEY INTEGRATED CARE BOARD", "Y58", "", "");
        OdsImportReport own = reference.importFile(OdsFile.ICBS,
                new ByteArrayInputStream(eauth.getBytes(StandardCharsets.UTF_8)));
        assertThat(own.lines()).containsExactly("Row 1, " + board + ": Name changed from \"NHS Eta Valley ICB\" to "
                + "\"NHS Eta Valley Integrated Care Board\".");
    }

    @Test
    void aFileThatCannotBeReadChangesNothing() {
        String a = unique("R");
        assertThatThrownBy(() -> importTrusts(row(a, "ETA NHS TRUST", "Y62", "", "") + "\"" + a
                + "\",\"UNCLOSED")).isInstanceOf(OdsFileException.class);
        assertThat(reference.lookUp(a)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "contributor")
    void onlyAdministratorsImport() {
        assertThatThrownBy(() -> importTrusts(row(unique("R"), "THETA NHS TRUST", "Y62", "", "")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
