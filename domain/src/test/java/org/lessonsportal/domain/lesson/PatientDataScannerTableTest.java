package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;

/**
 * The patient-data check on text as it arrives from Word, PDFs and clinical systems (ADR 0012): non-breaking and
 * other spaces, dashes, dots, zero-width characters, full-width digits, curly apostrophes, names in capitals, and
 * dates of birth written year first or with dots. The expectations were written before the scanner was changed.
 * <p>
 * Invisible characters are written as {@code {nbsp}}, {@code {zwsp}} and the like (see {@link #TYPED}); visible
 * ones (–, —, ’, full-width digits) as they are. A finding must quote the text exactly as it was typed, invisible
 * characters included, so the author can find it and a confirmation covers it.
 */
class PatientDataScannerTableTest {

    /** The invisible characters the tables name. */
    private static final Map<String, String> TYPED = Map.ofEntries(
            Map.entry("{nbsp}", "\u00a0"), Map.entry("{nnbsp}", "\u202f"), Map.entry("{thin}", "\u2009"),
            Map.entry("{figure}", "\u2007"), Map.entry("{ideo}", "\u3000"), Map.entry("{tab}", "\t"),
            Map.entry("{zwsp}", "\u200b"), Map.entry("{wj}", "\u2060"), Map.entry("{shy}", "\u00ad"),
            Map.entry("{bom}", "\ufeff"), Map.entry("{lrm}", "\u200e"), Map.entry("{nbhyphen}", "\u2011"),
            Map.entry("{minus}", "\u2212"));

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                   | kind          | match, as typed
            # NHS numbers whatever the spaces, dashes and digits
            The referral listed NHS number 434{nbsp}771{nbsp}2782 twice.             | NHS_NUMBER    | 434{nbsp}771{nbsp}2782
            Spine returned 442{nnbsp}393{nnbsp}8499 for the wrong person.            | NHS_NUMBER    | 442{nnbsp}393{nnbsp}8499
            Pasted from the PAS: 409–740–2358 (merged record).                       | NHS_NUMBER    | 409–740–2358
            Duplicate 406—642—3868 found in the batch.                               | NHS_NUMBER    | 406—642—3868
            The letter quoted 459{nbhyphen}771{nbhyphen}4383 in the header.          | NHS_NUMBER    | 459{nbhyphen}771{nbhyphen}4383
            Record 460.598.5840 was merged by mistake.                               | NHS_NUMBER    | 460.598.5840
            The ticket quoted NHS no 408  789  1151 in full.                         | NHS_NUMBER    | 408  789  1151
            A clinician pasted 448{zwsp}984{zwsp}6746 into the summary.              | NHS_NUMBER    | 448{zwsp}984{zwsp}6746
            Search for 428{zwsp}9845{zwsp}088 returned two people.                   | NHS_NUMBER    | 428{zwsp}9845{zwsp}088
            The export held 488{wj}253{wj}5017 in a free-text field.                 | NHS_NUMBER    | 488{wj}253{wj}5017
            Ref 453{shy}009{shy}8818 appeared on the rota.                           | NHS_NUMBER    | 453{shy}009{shy}8818
            {bom}441 977 9047 was the first line of the file.                        | NHS_NUMBER    | 441 977 9047
            The scanned form showed ４４３ １２６ ２２３７ on page two.                     | NHS_NUMBER    | ４４３ １２６ ２２３７
            ＮＨＳ：４２９８９５２３３９ was on the wristband.                              | NHS_NUMBER    | ４２９８９５２３３９
            The number 452 072 ４７６７ came from an OCR scan.                          | NHS_NUMBER    | 452 072 ４７６７
            NHS number:{tab}463{tab}256{tab}6551                                     | NHS_NUMBER    | 463{tab}256{tab}6551
            Ref 474 – 141 – 1915 was on the discharge letter.                        | NHS_NUMBER    | 474 – 141 – 1915
            The ticket mentioned 442{minus}997{minus}2001 twice.                     | NHS_NUMBER    | 442{minus}997{minus}2001
            Number 410{figure}972{figure}3116 was in the audit.                      | NHS_NUMBER    | 410{figure}972{figure}3116
            Lookup of 422{ideo}034{ideo}7933 failed.                                 | NHS_NUMBER    | 422{ideo}034{ideo}7933
            The clinic sheet had 40290 36651 written on it.                          | NHS_NUMBER    | 40290 36651
            Audit log: 482{thin}886{thin}2021 was opened twice.                      | NHS_NUMBER    | 482{thin}886{thin}2021
            The wristband read 943{nbsp}–{nbsp}476{nbsp}–{nbsp}5919.                 | NHS_NUMBER    | 943{nbsp}–{nbsp}476{nbsp}–{nbsp}5919
            In 2021 943 476 5919 was merged twice.                                   | NHS_NUMBER    | 943 476 5919
            The imported row 459{lrm}7714383{lrm} came from the old system.          | NHS_NUMBER    | 459{lrm}7714383
            # dates of birth: year first, slashes, dots, dashes, month names, full-width
            DOB 1980/02/01 was copied into the lesson.                               | DATE_OF_BIRTH | DOB 1980/02/01
            Date of birth: 1980.02.01 on the old form.                               | DATE_OF_BIRTH | Date of birth: 1980.02.01
            The label said d.o.b 01.02.1980 wrongly.                                 | DATE_OF_BIRTH | d.o.b 01.02.1980
            DoB – 01–02–1980 was pasted from Word.                                   | DATE_OF_BIRTH | DoB – 01–02–1980
            Her DOB:{nbsp}01/02/1980 was on the list.                                | DATE_OF_BIRTH | DOB:{nbsp}01/02/1980
            Date of birth 1/2/80 matched two records.                                | DATE_OF_BIRTH | Date of birth 1/2/80
            Born 1980/2/1, he had two NHS numbers.                                   | DATE_OF_BIRTH | Born 1980/2/1
            D.O.B. ０１／０２／１９８０ was on the scanned form.                             | DATE_OF_BIRTH | D.O.B. ０１／０２／１９８０
            ＤＯＢ：１９８０．０２．０１ was in the OCR text.                                  | DATE_OF_BIRTH | ＤＯＢ：１９８０．０２．０１
            The date  of  birth  was 01/02/1960 in PAS.                              | DATE_OF_BIRTH | date  of  birth  was 01/02/1960
            DOB{zwsp}: 01/02/1960 was shown on screen.                               | DATE_OF_BIRTH | DOB{zwsp}: 01/02/1960
            The date of birth{nbsp}–{nbsp}1 February 1980 was visible.               | DATE_OF_BIRTH | date of birth{nbsp}–{nbsp}1 February 1980
            DOB 01-FEB-1980 was copied from the lab system.                          | DATE_OF_BIRTH | DOB 01-FEB-1980
            DOB 1-Feb-80 was on the request form.                                    | DATE_OF_BIRTH | DOB 1-Feb-80
            A man born on 1980{nbhyphen}02{nbhyphen}01 was registered twice.         | DATE_OF_BIRTH | born on 1980{nbhyphen}02{nbhyphen}01
            Birth date 01/02/1980 was swapped with the next record.                  | DATE_OF_BIRTH | Birth date 01/02/1980
            Date of birth (01.02.1980) was shown on the wristband.                   | DATE_OF_BIRTH | Date of birth (01.02.1980
            DOB 01 02 1980 came from the GP letter.                                  | DATE_OF_BIRTH | DOB 01 02 1980
            dob=1980-02-01 appeared in the HL7 message.                              | DATE_OF_BIRTH | dob=1980-02-01
            Birthdate: 1980/02/01 leaked into the ticket.                            | DATE_OF_BIRTH | Birthdate: 1980/02/01
            DOB 01 / 02 / 1980 was typed with spaces.                                | DATE_OF_BIRTH | DOB 01 / 02 / 1980
            # titled names in capitals, with apostrophes, hyphens, Mc and Mac, accents
            MRS SMITH was booked into the wrong clinic.                              | PATIENT_NAME  | MRS SMITH
            Mrs O'Neill had two records.                                             | PATIENT_NAME  | Mrs O'Neill
            Mrs O’Neill had two records.                                             | PATIENT_NAME  | Mrs O’Neill
            MR JONES rang the helpline twice.                                        | PATIENT_NAME  | MR JONES
            Mr McDonald was sent the wrong letter.                                   | PATIENT_NAME  | Mr McDonald
            Ms Smith-Jones asked for paper copies.                                   | PATIENT_NAME  | Ms Smith-Jones
            Miss D’Souza was listed twice.                                           | PATIENT_NAME  | Miss D’Souza
            MR O'BRIEN complained about the letters.                                 | PATIENT_NAME  | MR O'BRIEN
            MRS J SMITH had a duplicate record.                                      | PATIENT_NAME  | MRS J SMITH
            Mrs{nbsp}Patel was on the ward list.                                     | PATIENT_NAME  | Mrs{nbsp}Patel
            Mr. MacLeod was discharged to the wrong ward.                            | PATIENT_NAME  | Mr. MacLeod
            Master Jack Smith, aged 6, was on the list.                              | PATIENT_NAME  | Master Jack
            MASTER BROWN was seen in the children's clinic.                          | PATIENT_NAME  | MASTER BROWN
            Mx O'Neill asked for their records.                                      | PATIENT_NAME  | Mx O'Neill
            Mrs SMITH-JONES had two appointments.                                    | PATIENT_NAME  | Mrs SMITH-JONES
            The letter for MISS AHMED went to the wrong house.                       | PATIENT_NAME  | MISS AHMED
            Mr J.P. Walsh was registered twice.                                      | PATIENT_NAME  | Mr J.P. Walsh
            MS KHAN was booked twice.                                                | PATIENT_NAME  | MS KHAN
            Ms Ní Bhriain asked for an Irish-language letter.                        | PATIENT_NAME  | Ms Ní
            Mrs Ó Súilleabháin was sent two letters.                                 | PATIENT_NAME  | Mrs Ó Súilleabháin
            Letters to MR D’ARCY were returned.                                      | PATIENT_NAME  | MR D’ARCY
            Mrs Zoë Hart had two records.                                            | PATIENT_NAME  | Mrs Zoë
            Mrs  Smith was called twice.                                             | PATIENT_NAME  | Mrs  Smith
            The caller, MRS O'NEILL, was called back.                                | PATIENT_NAME  | MRS O'NEILL
            Mr Fitzgerald-O'Brien was booked twice.                                  | PATIENT_NAME  | Mr Fitzgerald-O'Brien
            We spoke to patient John O’Brien about the app.                          | PATIENT_NAME  | patient John O’Brien
            # postcodes and addresses written with other spaces and apostrophes
            The patient lives at LS1{nbsp}4AP.                                       | POSTCODE      | LS1{nbsp}4AP
            Her home postcode was ＬＳ１ ４ＡＰ on the letter.                               | POSTCODE      | ＬＳ１ ４ＡＰ
            Mrs Jones lives at 12{nbsp}Acacia Avenue.                                | STREET_ADDRESS | 12{nbsp}Acacia Avenue
            Ms Ahmed moved to 15 Queen’s Drive last year.                            | STREET_ADDRESS | 15 Queen’s Drive
            A patient living at 221B{nbsp}Baker{nbsp}Street was registered twice.    | STREET_ADDRESS | 221B{nbsp}Baker{nbsp}Street
            """)
    void catches(String text, Kind kind, String match) {
        String typed = typed(text);
        List<PatientDataFinding> findings = PatientDataScanner.scan(LessonFields.CONTEXT, typed);

        assertThat(findings).as("findings in: %s", typed).filteredOn(f -> f.kind() == kind)
                .extracting(PatientDataFinding::match).contains(typed(match));
        for (PatientDataFinding finding : findings) {
            assertThat(typed).as("every finding quotes the text as typed").contains(finding.match());
            assertThat(finding.excerpt()).contains(finding.match().replaceAll("\\s+", " "));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # phone numbers, however written, are not NHS numbers
            Call the service desk on 0161 496 0000 for help.
            Mobile 07700 900123 for the on-call lead.
            Ring 0161{nbsp}496{nbsp}0003 out of hours.
            The helpline is 0161–496–0011.
            Support: 0113.496.0018 (weekdays).
            From abroad call +44 161 496 0003.
            From abroad call +44 (0)161 496 0003.
            Switchboard +44{nbsp}(0){nbsp}161{nbsp}496{nbsp}0011.
            The on-call mobile is +44 (0)7700 900019.
            Dial 0044 161 496 0003 from Europe.
            Freephone 0800 104 110 for the project office.
            The London team is on 020{nbsp}7946{nbsp}0000.
            The PDF listed ０１６１ ４９６ ０００３ as the helpline.
            Out-of-hours line: 07700{zwsp}900027.
            Call (0161) 496 0003 for the project office.
            # ODS and other organisation codes
            The trust (ODS code RXX) worked with ZZ1 and A81001.
            Practice Y01234 and site RXX01 went live together.
            ODS codes RM301, R0A and 5NT were in scope.
            Each GP practice code (e.g. B82005) was mapped to the PCN code U12345.
            ICB code QWE and sub-ICB 01W were in the extract.
            # version and build numbers
            We upgraded from version 10.2.3 to 11.0.1.
            Release 2024.10.1003 fixed the printing bug.
            EMIS Web 9.12.3.4567 was the baseline.
            Windows 10 22H2 build 19045.4170 was rolled out.
            FHIR R4 (4.0.1) and HL7 v2.5.1 messages were both supported.
            # go-live and other dates that are not dates of birth
            We went live on 2021/03/01 after two trial loads.
            Go-live was 01.03.2021; the cutover took 48 hours.
            The cutover ran 2021–03–01 to 2021–03–03.
            On 01.03.2021 10 wards went live together.
            From 2021-03-01 13 sites used the new form.
            Records with a date of birth before 1900/01/01 were rejected.
            The DOB field defaulted to 1900-01-01 for unknown dates.
            The programme was born out of a 2019/20 review.
            Go-live: 1 March 2021 (Phase 1), 2021/04/01 (Phase 2).
            The date of go-live, 2021/03/01, was agreed at the board.
            Data migration on 2021.03.01 took 14 hours.
            A date of birth field was added to the form in 2022/23.
            Born in the NHS: our birthday campaign ran on 2023/07/05.
            # money
            The business case was £1{thin}500{thin}000{thin}000 over ten years.
            Savings of £3 400 000 000 were claimed nationally.
            The contract was worth £943,476,591 in total.
            We spent £4.2m on devices and £12.50 per licence.
            # counts
            We migrated 3 400 000 000 rows in 14 hours.
            1 250 000 letters were sent in 2021.
            12,000 records were merged; 943 of them twice.
            We trained 4 347 staff across 77 sites.
            Between 2019 and 2021, 1 500 clinicians used the app.
            The data centre holds 15 000 000 000 rows.
            # titles that are products, sites, companies or conditions, and staff
            Meetings moved to MS Teams during the pandemic.
            Ms Teams chats were not kept.
            Data went to the DR site overnight.
            The DR test in May failed over cleanly.
            Dr Foster data were used for benchmarking.
            Dr Patel led the clinical safety case.
            MS SQL Server 2019 hosted the warehouse.
            MR Scanner downtime was planned for the upgrade.
            The MS Society helped us test the app.
            We set up a Master Patient Index with the supplier.
            Master Data Management was part of the scope.
            The MX Records for the mail relay were changed.
            PLEASE DO NOT MISS YOUR APPOINTMENT was printed on the letter.
            MS Office 365 licences were renewed.
            The Master Services Agreement was signed in May.
            MRSA screening results were sent to the ward.
            The MR Physics team checked the coils.
            The MASTER PATIENT INDEX was rebuilt.
            We used MS Forms for the survey.
            Patient A and Patient B were fictional personas.
            # a hospital's postcode, however spaced
            The new imaging centre at Wythenshawe Hospital (M23{nbsp}9LT) opened in May.
            """)
    void letsThrough(String text) {
        String typed = typed(text);
        assertThat(PatientDataScanner.scan(LessonFields.CONTEXT, typed)).as("findings in: %s", typed).isEmpty();
    }

    private static String typed(String text) {
        String typed = text;
        for (Map.Entry<String, String> invisible : TYPED.entrySet()) {
            typed = typed.replace(invisible.getKey(), invisible.getValue());
        }
        return typed;
    }
}
