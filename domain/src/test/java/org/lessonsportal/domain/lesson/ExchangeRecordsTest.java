package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/** One entry of an exchange file: every field's kind of value, then the submission rules and the patient-data check. */
class ExchangeRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static ObjectNode good() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {
                      "id": "nw-2023-017",
                      "title": "Moving three sites to one EPR",
                      "summary": "How we moved three hospital sites onto one electronic patient record.",
                      "projectType": "electronic-patient-record",
                      "settings": ["acute", "community"],
                      "region": "north-west",
                      "organisation": {"odsCode": "rxx", "name": "Northshire Hospitals NHS FT"},
                      "startedOn": "2021-04-01",
                      "completedOn": "2023-03-31",
                      "context": "Three sites each ran their own system.",
                      "approach": "One big-bang cutover.",
                      "outcomes": "All sites went live on 12/03/2023.",
                      "challenges": [{"type": "data-migration", "description": "Duplicates.", "resolution": "Trial loads."}],
                      "recommendations": "Plan trial loads early.",
                      "wouldDoDifferently": "Start the safety case sooner.",
                      "technologies": ["FHIR R4"],
                      "tags": ["cutover"],
                      "contact": {"name": "Pat Example", "email": "pat@example.nhs.uk"},
                      "somethingNew": "ignored"
                    }
                    """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportCandidate read(Consumer<ObjectNode> change) {
        ObjectNode node = good();
        change.accept(node);
        return ExchangeRecords.read(node, TODAY);
    }

    @Test
    void readsEveryKeyOfAGoodLesson() {
        ImportCandidate candidate = ExchangeRecords.read(good(), TODAY);

        assertThat(candidate.problems()).isEmpty();
        assertThat(candidate.externalId()).isEqualTo("nw-2023-017");
        assertThat(candidate.odsCode()).isEqualTo("RXX");
        assertThat(candidate.organisationName()).isEqualTo("Northshire Hospitals NHS FT");
        LessonContent content = candidate.content();
        assertThat(content.projectType()).isEqualTo(ProjectType.ELECTRONIC_PATIENT_RECORD);
        assertThat(content.settings()).containsExactly(Setting.ACUTE, Setting.COMMUNITY);
        assertThat(content.region()).isEqualTo(Region.NORTH_WEST);
        assertThat(content.startedOn()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(content.challenges()).containsExactly(new Challenge(ChallengeType.DATA_MIGRATION, "Duplicates.",
                "Trial loads."));
        assertThat(content.contact()).isEqualTo(new Contact("Pat Example", "pat@example.nhs.uk"));
        assertThat(candidate.publishedOn()).isNull();
    }

    @Test
    void numericIdsAreKeptAsText() {
        assertThat(read(n -> n.put("id", 1017)).externalId()).isEqualTo("1017");
        assertThat(read(n -> n.remove("id")).externalId()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown project type  | projectType         | "electronic-patient-records"                 | projectType         | "electronic-patient-records" is not a type of project the portal knows. Use one of: electronic-patient-record, paperless,
            enum name not code    | region              | "NORTH_WEST"                                 | region              | "NORTH_WEST" is not a region the portal knows. Use one of: london, south-east
            settings not a list   | settings            | "acute"                                      | settings            | The care settings must be a list, for example ["acute"]
            unknown setting       | settings            | ["acute", "hospice"]                         | settings[1]         | "hospice" is not a care setting the portal knows.
            bad date              | startedOn           | "01/04/2021"                                 | startedOn           | Give the start date as a date in the form 2023-03-31 ("01/04/2021" is not a date)
            impossible date       | completedOn         | "2023-02-30"                                 | completedOn         | Give the completion date as a date in the form 2023-03-31
            title a number        | title               | 12345678901                                  | title               | The title must be text, between double quotes
            short title           | title               | "Too short"                                  | title               | Title must be at least 10 characters
            no summary            | summary             | null                                         | summary             | Enter a summary
            challenges an object  | challenges          | {"type": "data-migration"}                   | challenges          | The challenges must be a list of objects
            challenge a string    | challenges          | ["oops"]                                     | challenges[0]       | Challenge 1 must be an object with a type, a description and a resolution
            challenge type wrong  | challenges          | [{"type": "x", "description": "d", "resolution": "r"}] | challenges[0].type | "x" is not a type of challenge the portal knows.
            tags not a list       | tags                | "cutover"                                    | tags                | Tags must be a list of text
            bad e-mail            | contact             | {"name": "Pat", "email": "pat-at-nhs"}       | contact.email       | Enter an email address in the correct format, like name@example.nhs.uk
            no organisation       | organisation        | null                                         | organisation.odsCode | Give the organisation's ODS code
            bad ODS code          | organisation        | {"odsCode": "R-X", "name": "Trust"}          | organisation.odsCode | "R-X" is not an ODS code.
            future publication    | publishedOn         | "2099-01-01"                                 | publishedOn         | The publication date must be today or in the past
            id an object          | id                  | {"a": 1}                                     | id                  | The id must be text or a whole number
            patient data          | context             | "Mr Smith was booked twice."                 | context             | Context contains what looks like a patient's name ("Mr Smith"). Lessons with information that could identify a patient are not imported
            NHS number            | challenges          | [{"type": "data-migration", "description": "Record 943 476 5919 duplicated.", "resolution": "Merged."}] | challenges[0].description | Challenge 1: what happened contains what looks like an NHS number ("943 476 5919")
            """)
    void namesTheFieldAndExplainsTheProblem(String name, String key, String value, String field, String reason) {
        ImportCandidate candidate = read(n -> {
            try {
                n.set(key, JSON.readTree(value));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(candidate.isValid()).isFalse();
        assertThat(candidate.problems()).extracting(FieldError::field).contains(field);
        assertThat(candidate.problems()).filteredOn(p -> p.field().equals(field)).first()
                .satisfies(p -> assertThat(p.message()).startsWith(reason));
    }

    @Test
    void anEntryThatIsNotAnObjectIsRejectedAsAWhole() {
        ArrayNode notALesson = JSON.createArrayNode().add(1);
        ImportCandidate candidate = ExchangeRecords.read(notALesson, TODAY);
        assertThat(candidate.problems()).containsExactly(new FieldError("", "This entry is not a lesson. Each entry "
                + "in \"lessons\" must be an object with a title, summary and the other parts of a lesson."));
    }

    @Test
    void aWrongKindOfValueIsReportedOnceNotAgainAsMissing() {
        ImportCandidate candidate = read(n -> n.put("title", 12345678901L));
        assertThat(candidate.problems()).extracting(FieldError::field).containsOnlyOnce("title");
    }

    @Test
    void theOrganisationNameIsOptionalHereAndCheckedOnlyForUnknownOrganisations() {
        ImportCandidate candidate = read(n -> n.set("organisation", JSON.createObjectNode().put("odsCode", "A81001")));
        assertThat(candidate.problems()).isEmpty();
        assertThat(candidate.odsCode()).isEqualTo("A81001");
        assertThat(candidate.organisationName()).isNull();
    }
}
