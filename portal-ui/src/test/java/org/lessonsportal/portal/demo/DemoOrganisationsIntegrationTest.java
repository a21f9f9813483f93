package org.lessonsportal.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.OdsImportReport;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's fictional ODS sample reads without a broken row and gives the demo's organisations their names, types,
 * regions and ICBs, the same names the demo realm and the demo lessons use. Rolled back: other tests never see it.
 */
@SpringBootTest
@Transactional
class DemoOrganisationsIntegrationTest {

    @Autowired
    DemoOrganisations demo;
    @Autowired
    OdsReferenceService reference;
    @Autowired
    OrganisationService organisations;

    @Test
    void theSampleLoadsCleanlyAndWinsOverWhatASignInSays() throws Exception {
        List<OdsImportReport> reports = demo.load();

        assertThat(reports).hasSize(3).allSatisfy(report -> {
            assertThat(report.count(OdsImportReport.Outcome.NOT_IMPORTED)).as(report.summary()).isZero();
            assertThat(report.count(OdsImportReport.Outcome.DUPLICATE)).as(report.summary()).isZero();
        });
        OrganisationView northshire = organisations.provision(new OrganisationDetails("ZZ1", "What a token says",
                Setting.SPECIALIST, Region.LONDON, null));
        assertThat(northshire).isEqualTo(new OrganisationView(northshire.id(), "ZZ1",
                "Northshire Hospitals NHS Foundation Trust", Setting.ACUTE, Region.NORTH_WEST, "QZZ"));
        OrganisationView oakfield = organisations.provision(new OrganisationDetails("ZZ3", null, null, null, null));
        assertThat(oakfield).isEqualTo(new OrganisationView(oakfield.id(), "ZZ3", "Oakfield Medical Practice",
                Setting.PRIMARY_CARE, Region.SOUTH_WEST, "QZX"));
        assertThat(reference.lookUp("QZZ")).get().extracting(r -> r.name())
                .isEqualTo("Northshire and Dale Integrated Care Board");

        try (InputStream in = new ClassPathResource(DemoLessons.FILE).getInputStream()) {
            for (JsonNode lesson : new ObjectMapper().readTree(in).get("lessons")) {
                JsonNode organisation = lesson.get("organisation");
                reference.lookUp(organisation.get("odsCode").asText()).ifPresent(ods -> assertThat(ods.name())
                        .as("the demo lessons name %s as ODS does", ods.odsCode())
                        .isEqualTo(organisation.get("name").asText()));
            }
        }
    }
}
