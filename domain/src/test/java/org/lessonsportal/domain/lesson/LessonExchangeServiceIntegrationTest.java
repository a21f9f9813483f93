package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.lessonsportal.domain.lesson.ExchangeDocuments.bytes;
import static org.lessonsportal.domain.lesson.ExchangeDocuments.document;
import static org.lessonsportal.domain.lesson.ExchangeDocuments.id;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.DomainTestApplication;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.ImportReport.Outcome;
import org.lessonsportal.domain.lesson.ImportReport.Rejected;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.testsupport.LessonTestCase;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.testsupport.TestDatabaseEnvironmentPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class LessonExchangeServiceIntegrationTest extends LessonTestCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    LessonExchangeService exchange;

    @Autowired
    ApplicationEvents events;

    String ods;

    @BeforeEach
    void setUp() {
        ods = LessonTestData.unique("X");
    }

    // --------------------------------------------------------------------------------------------- documents

    private ObjectNode lesson(String id, String title) {
        return ExchangeDocuments.lesson(id, title, ods, "Import Test Trust " + ods);
    }

    // ---------------------------------------------------------------------------------------------- importing

    @Test
    @WithMockUser(roles = "admin")
    void importsValidLessonsAsPublishedAndCreatesUnknownOrganisations() {
        String first = id();
        ObjectNode withDate = lesson(null, "Lessons from a weekend EPR cutover").put("publishedOn", "2024-05-01");
        List<String> progress = new ArrayList<>();

        ImportReport report = exchange.importLessons(document(lesson(first, "Moving three sites to one EPR"),
                withDate), cast.admin(), (done, total) -> progress.add(done + "/" + total));

        assertThat(report.total()).isEqualTo(2);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        assertThat(progress).containsExactly("0/2", "1/2", "2/2");

        LessonDetails imported = lessons.get(report.imported().get(0).lessonId(), cast.otherUser());
        assertThat(imported.state()).isEqualTo(LessonState.PUBLISHED);
        assertThat(imported.externalId()).isEqualTo(first);
        assertThat(imported.authorId()).isNull();
        assertThat(imported.publishedOn()).isEqualTo(LocalDate.now(LessonService.NHS_ZONE));
        assertThat(imported.content().technologies()).containsExactly("FHIR R4", "HL7 v2");
        assertThat(lessons.get(report.imported().get(1).lessonId(), cast.otherUser()).publishedOn())
                .isEqualTo(LocalDate.of(2024, 5, 1));

        OrganisationView organisation = organisations.findByOdsCode(ods).orElseThrow();
        assertThat(organisation.name()).isEqualTo("Import Test Trust " + ods);
        assertThat(imported.organisationId()).isEqualTo(organisation.id());

        assertThat(events.stream(LessonImported.class)).extracting(LessonImported::created).containsExactly(true,
                true);
        assertThat(lessons.auditTrail(imported.id(), cast.admin())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("lesson.imported");
            assertThat(e.actorId()).isEqualTo(cast.admin().memberId());
        });
    }

    @Test
    void rejectsBadLessonsOneByOneWithTheirPositionFieldAndReasonAndKeepsTheRest() {
        ObjectNode shortTitle = lesson(id(), "Too short");
        ObjectNode patientData = lesson(id(), "A lesson that names a patient");
        patientData.withArray("challenges").add(JsonNodeFactory.instance.objectNode().put("type", "data-migration")
                .put("description", "The record for 943 476 5919 was duplicated.").put("resolution", "Merged."));
        ObjectNode badCode = lesson(id(), "A lesson with an unknown region").put("region", "wessex");

        ImportReport report = exchange.importAsSystem(document(lesson(id(), "The first good lesson"), shortTitle,
                patientData, "not a lesson", badCode, lesson(id(), "The last good lesson")), ImportProgress.none());

        assertThat(report.total()).isEqualTo(6);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.imported()).extracting(ImportReport.Imported::index).containsExactly(0, 5);
        assertThat(report.rejected()).extracting(Rejected::index, Rejected::field).containsExactly(
                tuple(1, "title"), tuple(2, "challenges[1].description"), tuple(3, ""), tuple(4, "region"));
        assertThat(report.rejected().get(0).reason()).isEqualTo("Title must be at least 10 characters");
        assertThat(report.rejected().get(0).title()).isEqualTo("Too short");
        assertThat(report.rejected().get(1).reason()).isEqualTo("Challenge 2: what happened contains what looks like "
                + "an NHS number (\"943 476 5919\"). Lessons with information that could identify a patient are not "
                + "imported: remove it from the file");
        assertThat(report.rejected().get(3).reason()).startsWith("\"wessex\" is not a region the portal knows.");
    }

    @Test
    void importingAgainUpdatesByIdAndNeverDuplicates() {
        String externalId = id();
        ImportReport first = exchange.importAsSystem(document(lesson(externalId, "Moving three sites to one EPR")),
                ImportProgress.none());
        ImportReport same = exchange.importAsSystem(document(lesson(externalId, "Moving three sites to one EPR")),
                ImportProgress.none());
        ImportReport changed = exchange.importAsSystem(document(lesson(externalId, "Moving three sites to one EPR, "
                + "revisited")), ImportProgress.none());

        Long lessonId = first.imported().get(0).lessonId();
        assertThat(first.imported()).extracting(ImportReport.Imported::outcome).containsExactly(Outcome.CREATED);
        assertThat(same.imported()).extracting(ImportReport.Imported::outcome, ImportReport.Imported::lessonId)
                .containsExactly(tuple(Outcome.UNCHANGED, lessonId));
        assertThat(changed.imported()).extracting(ImportReport.Imported::outcome, ImportReport.Imported::lessonId)
                .containsExactly(tuple(Outcome.UPDATED, lessonId));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(lessons.get(lessonId, cast.otherUser()).title()).isEqualTo("Moving three sites to one EPR, "
                + "revisited");
        assertThat(lessons.auditTrail(lessonId, Actor.SYSTEM)).extracting(AuditEntry::action)
                .containsExactly("lesson.imported", "lesson.import-updated");
    }

    @Test
    @WithMockUser(roles = "api-read")
    void oneLessonIsWrittenInTheApiShapeWithThePortalsIdAndTheSourcesId() throws Exception {
        String externalId = id();
        Long lessonId = exchange.importAsSystem(document(lesson(externalId, "Moving three sites to one EPR")),
                ImportProgress.none()).imported().get(0).lessonId();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.writePublishedLesson(lessonId, out);

        var json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.get("id").asLong()).isEqualTo(lessonId);
        assertThat(json.get("externalId").asText()).isEqualTo(externalId);
        assertThat(json.get("title").asText()).isEqualTo("Moving three sites to one EPR");
        assertThat(json.get("publishedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.has("format")).isFalse();
        assertThatThrownBy(() -> exchange.writePublishedLesson(-1L, new ByteArrayOutputStream()))
                .isInstanceOf(org.lessonsportal.domain.shared.NotFoundException.class);
    }

    @Test
    void aPortalsOwnExportImportedAgainChangesNothingAndDuplicatesNothing() throws Exception {
        LessonDetails written = data.published(cast.author(), cast.reviewer(), cast.publisher());
        Long importedWithoutId = exchange.importAsSystem(document(lesson(null, "A lesson from a file without ids")),
                ImportProgress.none()).imported().get(0).lessonId();
        ExportScope scope = ExportScope.organisations(Set.of(written.organisationId(),
                organisations.findByOdsCode(ods).orElseThrow().id()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportAsSystem(out, scope);
        JsonNode exported = JSON.readTree(out.toByteArray()).get("lessons");
        assertThat(exported).extracting(lesson -> lesson.get("id").asText()).as("every lesson has an id").contains(
                exchange.instanceId() + "/" + written.id(), exchange.instanceId() + "/" + importedWithoutId);

        ImportReport again = exchange.importAsSystem(bytes(out.toString(StandardCharsets.UTF_8)),
                ImportProgress.none());

        assertThat(again.rejected()).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.imported()).extracting(ImportReport.Imported::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(again.imported()).extracting(ImportReport.Imported::lessonId)
                .contains(written.id(), importedWithoutId);
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        exchange.exportAsSystem(after, scope);
        assertThat(after.toString(StandardCharsets.UTF_8)).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anIdNamingALessonOfThisPortalThatDoesNotExistIsRefused() {
        ImportReport report = exchange.importAsSystem(document(lesson(exchange.instanceId() + "/999999999",
                "A lesson claiming to be from this portal")), ImportProgress.none());

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("id");
            assertThat(r.reason()).isEqualTo("The id names a lesson written in this portal, but the portal has no "
                    + "such lesson.");
        });
    }

    @Test
    void lessonsWithoutAnIdAreAlwaysCreated() {
        Resource file = document(lesson(null, "A lesson without an id in the file"));
        Long once = exchange.importAsSystem(file, ImportProgress.none()).imported().get(0).lessonId();
        Long twice = exchange.importAsSystem(file, ImportProgress.none()).imported().get(0).lessonId();
        assertThat(twice).isNotEqualTo(once);
    }

    @Test
    void knownOrganisationsAreUsedAsTheyAreAndUnknownOnesNeedAName() {
        organisations.provision(new OrganisationDetails(ods, "The Name The Portal Knows", null, null, null));
        String unknown = LessonTestData.unique("Y");

        ImportReport report = exchange.importAsSystem(document(
                ExchangeDocuments.lesson(id(), "A lesson for a known organisation", ods.toLowerCase(Locale.ROOT),
                        "Another Name"),
                ExchangeDocuments.lesson(id(), "A lesson for an unknown organisation", unknown, null)),
                ImportProgress.none());

        assertThat(report.created()).isEqualTo(1);
        assertThat(organisations.findByOdsCode(ods).orElseThrow().name()).isEqualTo("The Name The Portal Knows");
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("organisation.name");
            assertThat(r.reason()).isEqualTo("Give the organisation's name: the portal does not know the ODS code "
                    + unknown + " yet");
        });
        assertThat(organisations.findByOdsCode(unknown)).isEmpty();
    }

    @Test
    void aLessonChangedInThePortalIsNotOverwritten() {
        String externalId = id();
        Long lessonId = exchange.importAsSystem(document(lesson(externalId, "A lesson that will be archived")),
                ImportProgress.none()).imported().get(0).lessonId();
        lessons.archive(lessonId, cast.admin(), "Replaced by newer guidance.");

        ImportReport again = exchange.importAsSystem(document(lesson(externalId, "A lesson that will be archived")),
                ImportProgress.none());

        assertThat(again.rejected()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("id");
            assertThat(r.reason()).isEqualTo("The portal's lesson with this id is archived, so the import did not "
                    + "change it.");
        });
    }

    // ------------------------------------------------------------------------------------------------ bad files

    @Test
    void aMalformedFileGetsOneClearErrorAndChangesNothing() {
        String valid = "{\"format\": \"lessons-exchange/1\", \"lessons\": [" + lesson(id(), "A good lesson first")
                + ", ";
        List<String> bad = List.of(
                valid + "{\"title\": ",                                              // cut off
                valid.replace("lessons-exchange/1", "lessons-exchange/0") + "{}]}",  // wrong tag
                valid.replace("\"format\": \"lessons-exchange/1\", ", "") + "{}]}", // no tag
                "{\"format\": \"lessons-exchange/1\", \"lessons\": " + lesson(id(), "Not in a list") + "}",
                "Title,Summary,Region\nMoving to one EPR,How we did it,north-west\n", // a CSV
                "");

        for (String file : bad) {
            assertThatThrownBy(() -> exchange.importAsSystem(bytes(file), ImportProgress.none()))
                    .as(file).isInstanceOf(ExchangeFileException.class);
        }
        assertThat(organisations.findByOdsCode(ods)).as("not even the organisation of the first lesson").isEmpty();
        assertThat(events.stream(LessonImported.class)).isEmpty();
    }

    @Test
    void fiftyMegabytesOfGarbageFailFast() {
        ExchangeReaderTest.CountingStream garbage = new ExchangeReaderTest.CountingStream("", 50L * 1024 * 1024,
                "#garbage\u0000\u00ff");
        assertThatThrownBy(() -> exchange.importAsSystem(new InputStreamResource(garbage), ImportProgress.none()))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessageStartingWith("This is not a lessons exchange file: it is not valid JSON");
        assertThat(garbage.served).isLessThan(64 * 1024);
    }

    @Test
    void filesOverTheSizeLimitAreRefusedWithoutReadingThemWhole() {
        ExchangeReaderTest.CountingStream huge = new ExchangeReaderTest.CountingStream(
                "{\"format\": \"lessons-exchange/1\", \"lessons\": [", 50L * 1024 * 1024, "{\"title\": \"x\"},");
        assertThatThrownBy(() -> exchange.importAsSystem(new InputStreamResource(huge), ImportProgress.none()))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("This file is larger than the 20 MB the portal accepts. Split it into smaller files and "
                        + "import them one by one.");
        assertThat(huge.served).isLessThanOrEqualTo(ExchangeSettings.DEFAULT_MAX_FILE_SIZE.toBytes() + 64 * 1024);

        byte[] tooBig = new byte[21 * 1024 * 1024];
        assertThatThrownBy(() -> exchange.importAsSystem(new ByteArrayResource(tooBig), ImportProgress.none()))
                .isInstanceOf(ExchangeFileException.class)
                .hasMessage("This file is 21 MB, which is more than the 20 MB the portal accepts. Split it into "
                        + "smaller files and import them one by one.");
    }

    @Test
    void anUploadReadOnceIsImportedInFull() throws Exception {
        byte[] file = document(lesson(id(), "A lesson from an upload stream")).getContentAsByteArray();
        ImportReport report = exchange.importAsSystem(new InputStreamResource(new java.io.ByteArrayInputStream(file)),
                ImportProgress.none());
        assertThat(report.created()).isEqualTo(1);
    }

    // ----------------------------------------------------------------------------------------------- security

    @Test
    void onlyAdministratorsImport() {
        Resource file = document(lesson(id(), "A lesson nobody may import"));
        assertThatThrownBy(() -> exchange.importLessons(file, cast.admin(), ImportProgress.none()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> exchange.exportPublished(new ByteArrayOutputStream(), ExportScope.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = {"reviewer", "publisher", "contributor"})
    void otherRolesMayNotImport() {
        Resource file = document(lesson(id(), "A lesson nobody may import"));
        assertThatThrownBy(() -> exchange.importLessons(file, cast.publisher(), ImportProgress.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.findByOdsCode(ods)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- round trip

    @Test
    void exportingImportingIntoAnEmptyPortalAndExportingAgainGivesTheSameDocument() throws Exception {
        ObjectNode bare = ExchangeDocuments.lesson(null, "A lesson with only what is required",
                LessonTestData.unique("W"), "Second Test Trust");
        bare.remove(List.of("startedOn", "completedOn", "technologies", "tags"));
        ObjectNode full = lesson(id(), "A lesson with every optional part").put("wouldDoDifferently",
                "Start the safety case sooner.").put("publishedOn", "2024-02-29");
        full.putObject("contact").put("name", "Pat Example").put("email", "pat.example@example.nhs.uk");
        full.putArray("tags").add("zebra").add("apple").add("mango");
        ImportReport fixture = exchange.importAsSystem(document(full, bare), ImportProgress.none());
        assertThat(fixture.created()).isEqualTo(2);
        // and one lesson written and published in the portal itself
        LessonDetails native_ = data.published(cast.author(), cast.reviewer(), cast.publisher());

        Set<Long> organisationIds = Set.of(organisations.findByOdsCode(ods).orElseThrow().id(),
                lessons.get(fixture.imported().get(1).lessonId(), Actor.SYSTEM).organisationId(),
                native_.organisationId());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        exchange.exportAsSystem(first, ExportScope.organisations(organisationIds));
        String exported = first.toString(StandardCharsets.UTF_8);

        assertThat(JSON.readTree(exported).get("lessons")).hasSize(3);
        assertThat(exported).startsWith("{\n  \"format\": \"lessons-exchange/1\",\n  \"lessons\": [\n    {\n");
        assertThat(ExchangeReader.count(new java.io.ByteArrayInputStream(first.toByteArray()), Long.MAX_VALUE))
                .isEqualTo(3);

        String again;
        try (EmptyPortal empty = new EmptyPortal()) {
            LessonExchangeService elsewhere = empty.context.getBean(LessonExchangeService.class);
            ImportReport report = elsewhere.importAsSystem(bytes(exported), ImportProgress.none());
            assertThat(report.rejected()).isEmpty();
            assertThat(report.created()).isEqualTo(3);
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            elsewhere.exportAsSystem(second, ExportScope.all());
            again = second.toString(StandardCharsets.UTF_8);
        }

        assertThat(again).isEqualTo(exported);
    }

    @Test
    void exportWritesKeysInAStableOrderAndLeavesOutEmptyOptionalParts() throws Exception {
        ObjectNode bare = lesson(null, "A lesson with only what is required");
        bare.remove(List.of("startedOn", "completedOn"));
        exchange.importAsSystem(document(bare), ImportProgress.none());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportAsSystem(out, ExportScope.organisations(Set.of(organisations.findByOdsCode(ods).orElseThrow()
                .id())));

        ObjectNode written = (ObjectNode) JSON.readTree(out.toByteArray()).get("lessons").get(0);
        List<String> keys = new ArrayList<>();
        written.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "title", "summary", "projectType", "settings", "region",
                "organisation", "context", "approach", "outcomes", "challenges", "recommendations", "technologies",
                "tags", "publishedOn", "reuseCount");
        assertThat(written.get("id").asText()).as("a lesson without a source id gets this portal's")
                .startsWith(exchange.instanceId() + "/");
        assertThat(written.get("settings")).hasToString("[\"acute\",\"community\"]");
        assertThat(written.get("organisation").get("odsCode").asText()).isEqualTo(ods);
    }

    /**
     * A second portal with an empty database: a new in-memory H2 database, or a new schema in the PostgreSQL test
     * database (dropped afterwards).
     */
    static final class EmptyPortal implements AutoCloseable {
        final ConfigurableApplicationContext context;
        private final String schema;

        EmptyPortal() {
            List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off",
                    "--spring.jmx.enabled=false"));
            if (TestDatabaseEnvironmentPostProcessor.postgres()) {
                schema = "empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                String url = TestDatabaseEnvironmentPostProcessor.postgresUrl();
                args.add("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
                args.add("--spring.flyway.schemas=" + schema);
                args.add("--spring.jpa.properties.hibernate.default_schema=" + schema);
            } else {
                schema = null;
                args.add("--spring.datasource.url=jdbc:h2:mem:empty-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
            }
            context = new SpringApplicationBuilder(DomainTestApplication.class).web(WebApplicationType.NONE)
                    .run(args.toArray(String[]::new));
        }

        @Override
        public void close() throws Exception {
            try {
                if (schema != null) {
                    try (Connection connection = context.getBean(DataSource.class).getConnection();
                            Statement statement = connection.createStatement()) {
                        statement.execute("drop schema " + schema + " cascade");
                    }
                }
            } finally {
                context.close();
            }
        }
    }
}
