package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;
import org.lessonsportal.domain.taxonomy.ChallengeType;

/** The information-governance check on a table of true and false cases. */
class PatientDataScannerTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # text                                                                        | kind          | match
            # NHS numbers: valid check digits in any common layout are findings
            The patient's NHS number was 943 476 5919 on the referral.                    | NHS_NUMBER    | 943 476 5919
            Record 943-476-5919 was merged twice.                                         | NHS_NUMBER    | 943-476-5919
            Duplicate found for 9434765919 during migration.                              | NHS_NUMBER    | 9434765919
            Checked 401 023 2137 against the spine.                                       | NHS_NUMBER    | 401 023 2137
            # ...invalid check digits are not
            We used the dummy number 943 476 5918 in training.                            |               |
            Reference 123 456 7890 appears in the contract.                               |               |
            Placeholder 000 000 0000 in test data.                                        |               |
            Order number 1234567890123 for the scanners.                                  |               |
            # phone numbers are not NHS numbers
            Call the service desk on 0161 496 0000 for help.                              |               |
            The London team is on 020 7946 0000.                                         |               |
            Mobile 07700 900123 for the on-call lead.                                     |               |
            International: +44 161 496 0000.                                              |               |
            # ODS codes and other codes are not findings
            The trust (ODS code RXX) worked with ZZ1 and A81001.                          |               |
            Site RXX01 moved to the new data centre.                                      |               |
            # postcodes next to personal details are findings
            The patient lives at 12 High Street, Leeds LS1 4AP.                           | POSTCODE      | LS1 4AP
            Address: 4 Mill Lane, Bradford BD7 1DP                                        | POSTCODE      | BD7 1DP
            One resident of M13 9WL complained about the letters.                         | POSTCODE      | M13 9WL
            Her home in sw1a 1aa was visited by the team.                                 | POSTCODE      | sw1a 1aa
            # ...a hospital's postcode in a neutral sentence is not
            The new imaging centre at Wythenshawe Hospital (M23 9LT) opened in May.       |               |
            Our data centre at Salford Royal, Stott Lane, M6 8HD, was upgraded.           |               |
            The patient administration system server moved to the LS9 7TF site.           |               |
            Resident doctors at the M13 9WL site helped test the forms.                   |               |
            # dates of birth are findings
            DOB: 01/02/1960 was wrong on the wristband.                                   | DATE_OF_BIRTH | DOB: 01/02/1960
            The date of birth was 3 March 1956 in the old system.                         | DATE_OF_BIRTH | date of birth was 3 March 1956
            A woman born on 3rd March 1956 was listed twice.                              | DATE_OF_BIRTH | born on 3rd March 1956
            Records where D.O.B. 1960-02-01 did not match.                                | DATE_OF_BIRTH | D.O.B. 1960-02-01
            # ...go-live and other dates are not
            We went live on 12/03/2021 after two trial loads.                             |               |
            Go-live date 3 March 2021; the cutover took 48 hours.                         |               |
            The project was born in 2019 out of a fax-removal drive.                      |               |
            A date of birth field was added to the form in 2022.                          |               |
            # names after titles, and after "patient", are findings
            Mr Smith was booked into the wrong clinic.                                    | PATIENT_NAME  | Mr Smith
            Mrs J. Jones had two records.                                                 | PATIENT_NAME  | Mrs J. Jones
            We spoke to patient John Smith about the app.                                 | PATIENT_NAME  | patient John Smith
            Patient Amira complained about the letters.                                   | PATIENT_NAME  | Patient Amira
            # ...staff titles, products and anonymised patients are not
            Dr Patel led the clinical safety case.                                        |               |
            We rolled out Patient Knows Best across the region.                           |               |
            The Patient Administration System was replaced.                               |               |
            Patient A and Patient B were fictional personas.                              |               |
            We set up a Master Patient Index with the supplier.                           |               |
            Master Data Management was part of the scope.                                 |               |
            """)
    void findsPatientIdentifiableInformationOnly(String text, Kind kind, String match) {
        List<PatientDataFinding> findings = PatientDataScanner.scan(LessonFields.CONTEXT, text);

        if (kind == null) {
            assertThat(findings).as("findings in: %s", text).isEmpty();
        } else {
            assertThat(findings).as("findings in: %s", text).hasSize(1);
            PatientDataFinding finding = findings.get(0);
            assertThat(finding.kind()).isEqualTo(kind);
            assertThat(finding.match()).isEqualTo(match);
            assertThat(finding.field()).isEqualTo("context");
            assertThat(finding.fieldLabel()).isEqualTo("Context");
            assertThat(finding.excerpt()).contains(match);
        }
    }

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
            "9434765919, true", "4010232137, true", "9434765918, false", "1234567890, false",
            "0000000000, false", "1111111111, false", "943476591, false", "94347659190, false", "94347659x9, false"
    })
    void modulus11Check(String digits, boolean valid) {
        assertThat(PatientDataScanner.isValidNhsNumber(digits)).isEqualTo(valid);
    }

    @Test
    void scansEveryTextFieldButNotTheContactAndNamesTheFieldPrecisely() {
        LessonContent content = LessonContent.builder()
                .title("Lesson about 943 476 5919")
                .summary("A clean summary without anything personal in it.")
                .context("Clean context.")
                .approach("Clean approach.")
                .outcomes("Clean outcomes.")
                .challenge(new Challenge(ChallengeType.DATA_MIGRATION, "Nothing personal here.", "Nor here."))
                .challenge(new Challenge(ChallengeType.DATA_MIGRATION, "Mrs Jones had two records.",
                        "We merged them after the patient lives at LS1 4AP was confirmed."))
                .recommendations("DOB 01/02/1960 should never be in a lesson.")
                .wouldDoDifferently("Ask patient John Smith sooner.")
                .technologies(List.of("FHIR", "Spine 943 476 5919"))
                .tags(List.of("tag", "Mr Brown"))
                .contact(new Contact("Mr Contact Person", "contact@example.nhs.uk"))
                .build();

        List<PatientDataFinding> findings = PatientDataScanner.scan(content);

        assertThat(findings).extracting(PatientDataFinding::field).containsExactly("title",
                "challenges[1].description", "challenges[1].resolution", "recommendations", "wouldDoDifferently",
                "technologies[1]", "tags[1]");
        assertThat(findings).extracting(PatientDataFinding::fieldLabel).containsExactly("Title",
                "Challenge 2: what happened", "Challenge 2: how it was resolved", "Recommendations",
                "What we would do differently", "Technologies, suppliers and standards (entry 2)", "Tags (entry 2)");
        assertThat(findings.get(1).message())
                .isEqualTo("Challenge 2: what happened contains what looks like a patient's name: \"Mrs Jones\".");
    }

    @Test
    void excerptsShowTheSurroundingText() {
        String text = "In the first week of the cutover, we discovered the record for 943 476 5919 had been merged "
                + "with another one by mistake.";
        PatientDataFinding finding = PatientDataScanner.scan("context", text).get(0);
        assertThat(finding.excerpt()).isEqualTo("…we discovered the record for 943 476 5919 had been merged with "
                + "another…");
    }
}
