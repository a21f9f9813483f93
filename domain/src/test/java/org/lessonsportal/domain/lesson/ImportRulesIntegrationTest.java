package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lessonsportal.domain.lesson.ExchangeDocuments.document;
import static org.lessonsportal.domain.lesson.ExchangeDocuments.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.ImportReport.Outcome;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ApiClient;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.LessonTestCase;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What an import may change: never a lesson written in this portal; an API client is checked by the service itself,
 * named in the audit trail, and never moves a lesson to another organisation; reports do not repeat huge values.
 */
@SpringBootTest
class ImportRulesIntegrationTest extends LessonTestCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiClient IMPORTER = new ApiClient("lessons-api-test", Set.of(Roles.API_READ,
            Roles.API_IMPORT));

    @Autowired
    LessonExchangeService exchange;

    String ods;

    @BeforeEach
    void setUp() {
        ods = LessonTestData.unique("R");
    }

    private static ObjectNode lesson(String id, String title, String odsCode) {
        return ExchangeDocuments.lesson(id, title, odsCode, "Import Rules Trust " + odsCode);
    }

    /** The lesson as this portal exports it, with its {@code "<instance id>/<lesson id>"}. */
    private ObjectNode exported(LessonDetails lesson) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportAsSystem(out, ExportScope.organisations(Set.of(lesson.organisationId())));
        for (JsonNode node : JSON.readTree(out.toByteArray()).get("lessons")) {
            if (node.get("id").asText().equals(exchange.instanceId() + "/" + lesson.id())) {
                return (ObjectNode) node;
            }
        }
        throw new AssertionError("lesson " + lesson.id() + " was not exported");
    }

    // ------------------------------------------------------------------------------------ lessons written here

    @Test
    @WithMockUser(roles = Roles.API_IMPORT)
    void anImportNeverChangesALessonWrittenInThisPortal() throws Exception {
        LessonDetails written = data.published(cast.author(), cast.reviewer(), cast.publisher());
        ObjectNode retitled = exported(written).put("title", "Overwritten by an import");
        ObjectNode moved = exported(written);
        ((ObjectNode) moved.get("organisation")).put("odsCode", ods).put("name", "Somewhere Else Trust");

        for (ObjectNode attempt : new ObjectNode[] {retitled, moved}) {
            ImportReport byClient = exchange.importForClient(document(attempt), IMPORTER, ImportProgress.none());
            ImportReport bySystem = exchange.importAsSystem(document(attempt), ImportProgress.none());

            for (ImportReport report : new ImportReport[] {byClient, bySystem}) {
                assertThat(report.imported()).isEmpty();
                assertThat(report.rejected()).singleElement().satisfies(r -> {
                    assertThat(r.field()).isEqualTo("id");
                    assertThat(r.reason()).isEqualTo("This id names a lesson written in this portal. An import "
                            + "never changes a lesson written here, so nothing about it was changed: its author can "
                            + "change it through review.");
                });
            }
        }
        LessonDetails after = lessons.get(written.id(), Actor.SYSTEM);
        assertThat(after.content()).isEqualTo(written.content());
        assertThat(after.organisationId()).isEqualTo(written.organisationId());
        assertThat(after.version()).isEqualTo(written.version());
        assertThat(organisations.findByOdsCode(ods)).as("nothing made for the refused lesson").isEmpty();
        assertThat(lessons.auditTrail(written.id(), Actor.SYSTEM)).extracting(AuditEntry::action)
                .noneMatch(action -> action.startsWith("lesson.import"));

        assertThat(exchange.importForClient(document(exported(written)), IMPORTER, ImportProgress.none()).imported())
                .as("the portal's own export, unchanged, is still 'unchanged'")
                .extracting(ImportReport.Imported::outcome).containsExactly(Outcome.UNCHANGED);
    }

    // ------------------------------------------------------------------------------------------ API clients

    @Test
    @WithMockUser(roles = Roles.API_IMPORT)
    void theAuditTrailNamesTheApiClientThatImported() {
        String externalId = id();
        Long lessonId = exchange.importForClient(document(lesson(externalId, "A lesson sent by a program", ods)),
                IMPORTER, ImportProgress.none()).imported().get(0).lessonId();
        exchange.importForClient(document(lesson(externalId, "A lesson sent by a program, revised", ods)), IMPORTER,
                ImportProgress.none());

        assertThat(lessons.auditTrail(lessonId, Actor.SYSTEM)).extracting(AuditEntry::action, AuditEntry::apiClient,
                AuditEntry::actorId, AuditEntry::description).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lesson.imported", "lessons-api-test", null,
                                "Imported from an exchange file sent through the API and published"),
                        org.assertj.core.groups.Tuple.tuple("lesson.import-updated", "lessons-api-test", null,
                                "Updated from an exchange file sent through the API"));
        assertThat(lessons.auditTrail(lessonId, Actor.SYSTEM)).noneMatch(AuditEntry::bySystem);
    }

    @Test
    @WithMockUser(roles = Roles.API_IMPORT)
    void theServiceRefusesAClientWithoutTheImportRoleWhateverTheSecurityRulesLetThrough() {
        Resource file = document(lesson(id(), "A lesson from a reading client", ods));
        ApiClient reader = new ApiClient("lessons-api-reader", Set.of(Roles.API_READ));

        assertThatThrownBy(() -> exchange.importForClient(file, reader, ImportProgress.none()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("The API client lessons-api-reader may not import lessons: it needs the role "
                        + "api-import.");
        assertThat(organisations.findByOdsCode(ods)).isEmpty();
    }

    @Test
    void withoutASignedInCallerTheClientImportIsRefused() {
        Resource file = document(lesson(id(), "A lesson nobody signed in sent", ods));
        assertThatThrownBy(() -> exchange.importForClient(file, IMPORTER, ImportProgress.none()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = {Roles.API_IMPORT, Roles.ADMIN})
    void anApiClientNeverMovesALessonToAnotherOrganisationButAnAdministratorMayAndTheTrailSaysSo() {
        String externalId = id();
        String elsewhere = LessonTestData.unique("S");
        Long lessonId = exchange.importAsSystem(document(lesson(externalId, "A lesson that stays where it is", ods)),
                ImportProgress.none()).imported().get(0).lessonId();
        Long home = lessons.get(lessonId, Actor.SYSTEM).organisationId();

        ImportReport byClient = exchange.importForClient(document(lesson(externalId, "A lesson that stays where it is",
                elsewhere)), IMPORTER, ImportProgress.none());

        assertThat(byClient.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("organisation.odsCode");
            assertThat(r.reason()).isEqualTo("This lesson belongs to Import Rules Trust " + ods + " (" + ods
                    + ") in the portal, not " + elsewhere + ". An import through the API never moves a lesson to "
                    + "another organisation; ask an administrator of the portal to import the file if the lesson "
                    + "really belongs elsewhere.");
        });
        assertThat(lessons.get(lessonId, Actor.SYSTEM).organisationId()).isEqualTo(home);
        assertThat(organisations.findByOdsCode(elsewhere)).isEmpty();

        ImportReport byAdmin = exchange.importLessons(document(lesson(externalId, "A lesson that stays where it is",
                elsewhere)), cast.admin(), ImportProgress.none());

        assertThat(byAdmin.updated()).isEqualTo(1);
        assertThat(lessons.get(lessonId, Actor.SYSTEM).organisationId())
                .isEqualTo(organisations.findByOdsCode(elsewhere).orElseThrow().id());
        assertThat(lessons.auditTrail(lessonId, Actor.SYSTEM)).last().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(cast.admin().memberId());
            assertThat(entry.description()).isEqualTo("Updated from an exchange file; moved from Import Rules Trust "
                    + ods + " (" + ods + ") to Import Rules Trust " + elsewhere + " (" + elsewhere + ")");
        });
    }

    // ----------------------------------------------------------------------------------------------- reports

    @Test
    void theReportCutsHugeValuesItRepeats() {
        String hugeTitle = "T".repeat(100_000);
        String hugeRegion = "r".repeat(50_000);
        ObjectNode longTitle = lesson(id(), hugeTitle, ods);
        ObjectNode longRegion = lesson(id(), "A lesson from a region nobody knows", ods).put("region", hugeRegion);

        ImportReport report = exchange.importAsSystem(document(longTitle, longRegion), ImportProgress.none());

        assertThat(report.rejected()).hasSize(2);
        assertThat(report.rejected().get(0).title()).isEqualTo("T".repeat(200) + "… (100000 characters)");
        assertThat(report.rejected().get(1).reason()).startsWith("\"" + "r".repeat(200) + "… (50000 characters)\" "
                + "is not a region the portal knows.").hasSizeLessThan(1000);
    }
}
