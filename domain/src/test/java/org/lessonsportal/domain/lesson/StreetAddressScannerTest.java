package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;

/**
 * What the patient-data check counts as a street address next to a person (ADR 0012, ADR 0034). The cases and their
 * expectations were written before the scanner was run on them: a street address is personal data when a person is
 * in the same sentence (a name after a title, "patient" and a name, a name right before the address, or words such as
 * "lives", "resident", "her home", "a woman"); a place of work or a building on its own is not.
 */
class StreetAddressScannerTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # text                                                                          | street address found
            # a street address next to a person is a finding
            Mrs Jones lives at 12 Acacia Avenue and had two records.                        | 12 Acacia Avenue
            Letters for Mr Khan went to Flat 3, 27 Mill Lane by mistake.                    | Flat 3, 27 Mill Lane
            The patient's home at 4 Orchard Close was visited twice.                        | 4 Orchard Close
            A patient living at 221B Baker Street was registered twice.                     | 221B Baker Street
            John Smith, 12 Acacia Avenue, received another person's results.                | 12 Acacia Avenue
            Her husband rang from 9 Station Road to ask about the appointment.              | 9 Station Road
            Ms Ahmed moved to 15 Queen's Drive before the letters went out.                 | 15 Queen's Drive
            The resident of 7 Elm Grove complained about the letters.                       | 7 Elm Grove
            We sent the discharge letter for patient Amira Khan to 3 Church Street.         | 3 Church Street
            Next of kin: 18 Victoria Terrace, Leeds.                                        | 18 Victoria Terrace
            Miss Patel gave 40 Park View as her home.                                       | 40 Park View
            A woman at 27 Mill Lane was sent the wrong letter.                              | 27 Mill Lane
            The service user at Flat 12, 5 Kings Court asked for paper copies.              | Flat 12, 5 Kings Court
            Mx Taylor gave 88 High St as a contact.                                         | 88 High St
            Sarah Brown of 6 Willow Crescent was booked twice.                              | 6 Willow Crescent
            His daughter, who lives at 2 Meadow Way, raised the complaint.                  | 2 Meadow Way
            The family at 31 Oak Tree Road asked for the app.                               | 31 Oak Tree Road
            Home visits to Mr Green at 10 Rose Gardens were missed.                         | 10 Rose Gardens
            An elderly man at 5 Cedar Drive fell twice before the pilot.                    | 5 Cedar Drive
            Mrs O'Neill, 19 St John's Square, had duplicate appointments.                   | 19 St John's Square
            The carer at 3a Hill Top Rise rang the helpline.                                | 3a Hill Top Rise
            Patient records for Mr Lee listed 12 Acacia Avenue.                             | 12 Acacia Avenue
            # places of work, buildings and numbers that are not addresses are not findings
            Trust HQ, 1 Trust Way, hosts the data centre.                                   |
            The project team moved to Trust HQ, 1 Trust Way, in May.                        |
            Ward 12 was the first to go live.                                               |
            Building 3 housed the servers.                                                  |
            Release 12 Avenue brought the new forms.                                        |
            We trained 12 staff on Ward 4 in one week.                                      |
            Dr Patel led the clinical safety case at 2 Hospital Road.                       |
            The new imaging centre at 1 Wythenshawe Road opened in May.                     |
            Our data centre at 5 Stott Lane was upgraded.                                   |
            The patient administration system moved to 10 Park Square.                      |
            Northshire Hospitals NHS Foundation Trust, 1 Trust Way, Northtown.              |
            Riverside House, 3 Mill Lane, is our training venue.                            |
            The GP practice at 27 Mill Lane piloted the app.                                |
            Version 2 Road Map was agreed by the board.                                     |
            We opened 3 new clinics on Station Road.                                        |
            The 14 Green Lane pilot ran for six weeks.                                      |
            Patient flow improved at 12 Acacia Avenue Health Centre.                        |
            The address of the hub is 4 Science Park.                                       |
            Mr Smith chaired the board. The servers moved to 12 Acacia Avenue.              |
            Patient A was a fictional persona; the workshop was at 3 Mill Lane.             |
            Room 12, Acacia Building was booked for training.                               |
            The Trust's 2024 Digital Way strategy was agreed.                               |
            Users at 1 Canada Square struggled with the VPN.                                |
            """)
    void findsStreetAddressesNextToAPersonOnly(String text, String address) {
        List<PatientDataFinding> findings = PatientDataScanner.scan(LessonFields.CONTEXT, text).stream()
                .filter(f -> f.kind() == Kind.STREET_ADDRESS).toList();

        if (address == null) {
            assertThat(findings).as("street addresses in: %s", text).isEmpty();
        } else {
            assertThat(findings).as("street addresses in: %s", text).extracting(PatientDataFinding::match)
                    .containsExactly(address);
            assertThat(findings.get(0).message()).isEqualTo("Context contains what looks like a street address "
                    + "next to a person: \"" + address + "\".");
        }
    }
}
