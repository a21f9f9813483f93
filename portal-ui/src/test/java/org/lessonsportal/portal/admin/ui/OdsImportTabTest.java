package org.lessonsportal.portal.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;

/** The ODS import part of the administration: upload, the report row by row, and the organisations list after it. */
class OdsImportTabTest extends KaribuTest {

    private OdsImportTab openOds() {
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin/ods");
        return _get(OdsImportTab.class);
    }

    /** Uploads the file as the browser would, waits for the import, and gives the report's text. */
    private static String run(OdsImportTab tab, String fileName, String content) throws Exception {
        tab.receiver.receive(fileName, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                UI.getCurrent());
        MockVaadin.runUIQueue();
        if (tab.runningImport() != null) {
            tab.runningImport().get(60, TimeUnit.SECONDS);
            MockVaadin.runUIQueue();
        }
        return tab.report.getElement().getTextRecursively();
    }

    /** A row of ODS's standard layout: code, name, region (National Grouping), ICB, the rest empty. */
    private static String row(String code, String name, String region, String icb) {
        String[] cells = new String[27];
        Arrays.fill(cells, "");
        cells[0] = code;
        cells[1] = name;
        cells[2] = region;
        cells[3] = icb;
        return "\"" + String.join("\",\"", cells) + "\"\r\n";
    }

    @Test
    void aTrustsFileGetsAReportRowByRowAndTheListShowsOdsDetails() throws Exception {
        String trust = newOdsCode();
        String board = newOdsCode();
        person("odsmember", trust, Roles.CONTRIBUTOR);
        OdsImportTab tab = openOds();
        String boards = row(board, "KARIBU TEST INTEGRATED CARE BOARD", "Y63", "");
        assertThat(run(tab, "eauth.csv", boards)).contains("1 organisation in the file: 1 added");

        String report = run(tab, "etr.csv", row(trust, "KARIBU GENERAL HOSPITAL NHS TRUST", "Y63", board)
                + row(trust, "KARIBU GENERAL HOSPITAL NHS TRUST", "Y63", board)
                + "\"" + newOdsCode() + "\",\"HALF A ROW\"\r\n");

        assertThat(report).contains("What the import of etr.csv did",
                "3 organisations in the file: 1 added, 0 updated, 0 unchanged, 1 duplicate, 1 not imported.",
                "1 organisation in the portal now has its name, type, region and ICB from this file.",
                "Row 2, " + trust + ": Also on row 1, which was imported instead.",
                "Row 3: This row has 2 columns, but a row of ODS's etr.csv has 27");

        UI.getCurrent().navigate("admin/organisations", QueryParameters.of("q", trust));
        OrganisationsTab list = _get(OrganisationsTab.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).containsExactly("Karibu General Hospital NHS Trust", trust,
                "Acute hospital", "North East and Yorkshire", "Karibu Test Integrated Care Board (" + board + ")",
                "ODS", "1");

        Person later = person("odslater", trust, Roles.CONTRIBUTOR);
        assertThat(later.user().active().name()).as("the session names the organisation as ODS does, not as the "
                + "account does").isEqualTo("Karibu General Hospital NHS Trust");
        assertThat(later.user().active().orgType()).isEqualTo("acute");
        assertThat(later.user().active().parentIcb()).isEqualTo(board);
    }

    @Test
    void reImportingSaysWhatChanged() throws Exception {
        String trust = newOdsCode();
        OdsImportTab tab = openOds();
        run(tab, "etr.csv", row(trust, "KARIBU COMMUNITY NHS TRUST", "Y56", ""));

        String report = run(tab, "etr (1).csv", row(trust, "KARIBU COMMUNITY NHS TRUST", "Y59", ""));

        assertThat(report).contains("1 organisation in the file: 0 added, 1 updated, 0 unchanged, 0 duplicate, "
                + "0 not imported.", "Row 1, " + trust + ": Region changed from London to South East.");
    }

    @Test
    void aFileNotNamedAsOdsNamesItIsRefusedWithWhatToDo() throws Exception {
        OdsImportTab tab = openOds();

        String report = run(tab, "trusts.csv", row(newOdsCode(), "A TRUST", "Y56", ""));

        assertThat(tab.runningImport()).isNull();
        assertThat(report).isEqualTo("The file was not imported. The portal recognises ODS files by the names ODS "
                + "gives them: etr.csv (NHS trusts), epraccur.csv (GP practices) and eccg.csv or eauth.csv "
                + "(integrated care boards and sub-ICB locations). Upload the file under its ODS name.");
        assertThat(tab.upload.isEnabled()).isTrue();
    }

    @Test
    void anUnreadableFileIsRefusedAsAWhole() throws Exception {
        OdsImportTab tab = openOds();

        String report = run(tab, "epraccur.csv", "\"Z99001\",\"UNCLOSED");

        assertThat(report).startsWith("The file was not imported. This file cannot be read as CSV:");
    }
}
