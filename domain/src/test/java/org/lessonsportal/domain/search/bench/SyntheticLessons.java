package org.lessonsportal.domain.search.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Realistic synthetic lessons for the benchmark: each project type has its own vocabulary (subjects, systems,
 * activities, outcomes, likely challenges), mixed with a shared vocabulary of NHS project language, so term
 * frequencies look like real lessons (common words everywhere, specific ones per type). Deterministic for a seed.
 */
final class SyntheticLessons {

    record Lesson(String externalId, int organisation, ProjectType type, List<Setting> settings, Region region,
            LocalDate startedOn, LocalDate completedOn, LocalDate publishedOn, String title, String summary,
            String context, String approach, String outcomes, List<String[]> challenges, List<ChallengeType> types,
            String recommendations, String wouldDoDifferently, List<String> technologies, List<String> tags,
            String contactName, String contactEmail) {
    }

    record Vocabulary(String[] subjects, String[] systems, String[] activities, String[] outcomes,
            ChallengeType[] challenges, String[] tags, Setting[] settings) {
    }

    static final Map<ProjectType, Vocabulary> VOCABULARY = Map.ofEntries(
            Map.entry(ProjectType.ELECTRONIC_PATIENT_RECORD, new Vocabulary(
                    new String[] {"electronic patient record", "EPR", "patient administration system", "clinical noting",
                        "order comms", "results acknowledgement", "clinical documentation", "care plans"},
                    new String[] {"Oracle Health Millennium", "Epic", "System C CareFlow", "Lorenzo", "RiO", "Meditech",
                        "Nervecentre", "Cambio"},
                    new String[] {"a big bang go-live", "a phased rollout by specialty", "a weekend cutover",
                        "three trial data loads", "a clinical safety case", "floor walkers on every ward",
                        "super user training", "an optimisation programme"},
                    new String[] {"orders and results became electronic", "missing notes incidents fell",
                        "clinic preparation time halved", "clinicians could see the whole record",
                        "duplicate recording stopped"},
                    new ChallengeType[] {ChallengeType.DATA_MIGRATION, ChallengeType.GO_LIVE_CUTOVER,
                        ChallengeType.TRAINING_ADOPTION, ChallengeType.CLINICAL_ENGAGEMENT,
                        ChallengeType.INTEGRATION_INTEROPERABILITY},
                    new String[] {"cutover", "floor walkers", "go-live", "data quality", "optimisation"},
                    new Setting[] {Setting.ACUTE, Setting.MENTAL_HEALTH, Setting.COMMUNITY})),
            Map.entry(ProjectType.PAPERLESS, new Vocabulary(
                    new String[] {"paper case notes", "health records library", "electronic document management",
                        "e-forms", "scanning on demand", "clinic letters", "print volumes", "back-scanning"},
                    new String[] {"EDMS", "Kodak scanners", "e-forms builder", "OCR", "document viewer"},
                    new String[] {"scanning case notes before clinics", "replacing paper forms",
                        "closing an off-site store", "sending letters electronically", "indexing documents by type"},
                    new String[] {"requests to the library fell", "print costs halved", "storage costs fell",
                        "clinics ran without paper notes"},
                    new ChallengeType[] {ChallengeType.WORKFLOW_REDESIGN, ChallengeType.INFRASTRUCTURE_HARDWARE,
                        ChallengeType.DATA_MIGRATION, ChallengeType.PROCUREMENT_SUPPLIER},
                    new String[] {"scanning", "paper-light", "health records", "print reduction"},
                    new Setting[] {Setting.ACUTE, Setting.COMMUNITY})),
            Map.entry(ProjectType.FAX_REMOVAL, new Vocabulary(
                    new String[] {"fax machines", "faxed referrals", "secure email", "shared mailboxes",
                        "electronic referrals", "pharmacy communications"},
                    new String[] {"NHSmail", "MESH", "e-RS", "Advice and Guidance", "encrypted email"},
                    new String[] {"auditing every fax machine", "moving each use to secure email",
                        "switching machines off department by department", "updating partners' address books"},
                    new String[] {"all fax machines were removed", "misdirected messages stopped",
                        "phone line costs fell"},
                    new ChallengeType[] {ChallengeType.WORKFLOW_REDESIGN, ChallengeType.INTEGRATION_INTEROPERABILITY,
                        ChallengeType.INFORMATION_GOVERNANCE},
                    new String[] {"fax", "secure email", "referrals"},
                    new Setting[] {Setting.ACUTE, Setting.PRIMARY_CARE, Setting.COMMUNITY})),
            Map.entry(ProjectType.E_PRESCRIBING, new Vocabulary(
                    new String[] {"electronic prescribing", "ePMA", "drug charts", "medicines administration",
                        "order sentences", "barcode medication administration", "infusion prescribing"},
                    new String[] {"JAC", "EPMA", "MedChart", "EPS", "workstations on wheels", "barcode scanners"},
                    new String[] {"rolling out ward by ward", "building order sentences with pharmacists",
                        "timing medicines rounds", "tuning dose range checking"},
                    new String[] {"transcription errors disappeared", "missed doses became visible",
                        "pharmacists reviewed prescriptions remotely"},
                    new ChallengeType[] {ChallengeType.TRAINING_ADOPTION, ChallengeType.STAFFING_CAPACITY,
                        ChallengeType.CLINICAL_ENGAGEMENT, ChallengeType.INFRASTRUCTURE_HARDWARE},
                    new String[] {"drug charts", "pharmacy", "medication safety"},
                    new Setting[] {Setting.ACUTE, Setting.SPECIALIST, Setting.PRIMARY_CARE})),
            Map.entry(ProjectType.INTEROPERABILITY, new Vocabulary(
                    new String[] {"shared care record", "integration engine", "HL7 interfaces", "FHIR APIs",
                        "GP Connect", "information sharing agreement", "direct booking"},
                    new String[] {"FHIR", "HL7 v2", "GP Connect", "Rhapsody", "InterSystems HealthShare", "MESH"},
                    new String[] {"connecting every partner", "migrating interfaces in waves",
                        "agreeing a minimum data set", "embedding context launch"},
                    new String[] {"clinicians saw records from other organisations",
                        "phone calls for medication lists stopped", "failed interfaces were spotted early"},
                    new ChallengeType[] {ChallengeType.INTEGRATION_INTEROPERABILITY,
                        ChallengeType.INFORMATION_GOVERNANCE, ChallengeType.BENEFITS_REALISATION},
                    new String[] {"shared care record", "integration", "interfaces"},
                    new Setting[] {Setting.INTEGRATED_CARE_BOARD, Setting.ACUTE, Setting.SOCIAL_CARE})),
            Map.entry(ProjectType.POPULATION_HEALTH_ANALYTICS, new Vocabulary(
                    new String[] {"population health management", "risk stratification", "linked data",
                        "dashboards", "secure data environment", "data warehouse"},
                    new String[] {"Power BI", "SQL Server", "Databricks", "Snowflake", "Azure"},
                    new String[] {"linking GP and hospital data", "building a frailty model",
                        "agreeing measure definitions", "pseudonymising data on the way in"},
                    new String[] {"networks received lists of people at rising risk",
                        "managers used dashboards every day", "no extracts left the platform"},
                    new ChallengeType[] {ChallengeType.INFORMATION_GOVERNANCE, ChallengeType.DATA_MIGRATION,
                        ChallengeType.STAFFING_CAPACITY},
                    new String[] {"analytics", "PHM", "dashboards"},
                    new Setting[] {Setting.INTEGRATED_CARE_BOARD, Setting.PRIMARY_CARE})),
            Map.entry(ProjectType.PATIENT_FACING_DIGITAL, new Vocabulary(
                    new String[] {"NHS App", "patient portal", "digital letters", "online consultations",
                        "video consultations", "text message reminders", "patient-initiated follow-up"},
                    new String[] {"NHS App", "Patients Know Best", "DrDoctor", "Attend Anywhere", "eConsult", "SMS"},
                    new String[] {"sending letters digitally first", "triaging every request",
                        "agreeing which appointments suit video", "keeping a paper fallback"},
                    new String[] {"missed appointments fell", "postage costs fell", "morning phone queues fell"},
                    new ChallengeType[] {ChallengeType.PATIENT_ENGAGEMENT, ChallengeType.INTEGRATION_INTEROPERABILITY,
                        ChallengeType.WORKFLOW_REDESIGN},
                    new String[] {"digital inclusion", "missed appointments", "access"},
                    new Setting[] {Setting.ACUTE, Setting.PRIMARY_CARE, Setting.COMMUNITY})),
            Map.entry(ProjectType.INFRASTRUCTURE_CLOUD, new Vocabulary(
                    new String[] {"Windows 11", "data centre", "cloud migration", "ward Wi-Fi", "NHSmail",
                        "Microsoft 365", "virtual desktops", "device refresh"},
                    new String[] {"Azure", "AWS", "Intune", "Citrix", "HSCN", "Teams", "SharePoint"},
                    new String[] {"testing clinical applications", "lift and shift", "a wireless survey",
                        "migrating mailboxes in waves", "upgrading overnight by department"},
                    new String[] {"the data centre closed", "log-in times improved", "connection drops fell"},
                    new ChallengeType[] {ChallengeType.INFRASTRUCTURE_HARDWARE, ChallengeType.PROCUREMENT_SUPPLIER,
                        ChallengeType.FUNDING_BUSINESS_CASE, ChallengeType.STAFFING_CAPACITY},
                    new String[] {"cloud", "devices", "network"},
                    new Setting[] {Setting.ACUTE, Setting.COMMUNITY, Setting.MENTAL_HEALTH})),
            Map.entry(ProjectType.CYBER_SECURITY, new Vocabulary(
                    new String[] {"phishing simulations", "multi-factor authentication", "Data Security and "
                        + "Protection Toolkit", "ransomware", "business continuity", "patching", "Cyber Essentials"},
                    new String[] {"Microsoft Defender", "Cyber Essentials Plus", "SIEM", "authenticator app",
                        "smartcards"},
                    new String[] {"running monthly simulations", "giving every assertion an owner",
                        "testing downtime procedures", "issuing hardware tokens"},
                    new String[] {"click rates fell", "the toolkit standards were met",
                        "critical services continued"},
                    new ChallengeType[] {ChallengeType.CYBER_SECURITY, ChallengeType.LEADERSHIP_GOVERNANCE,
                        ChallengeType.TRAINING_ADOPTION, ChallengeType.INFORMATION_GOVERNANCE},
                    new String[] {"phishing", "MFA", "assurance", "ransomware"},
                    new Setting[] {Setting.ACUTE, Setting.COMMUNITY, Setting.AMBULANCE})),
            Map.entry(ProjectType.IMAGING, new Vocabulary(
                    new String[] {"PACS", "radiology information system", "vendor neutral archive",
                        "image sharing", "digital pathology", "AI triage of chest X-rays"},
                    new String[] {"PACS", "VNA", "RIS", "LIMS", "whole slide imaging"},
                    new String[] {"migrating historic images", "procuring with neighbouring trusts",
                        "validating digital reporting", "running the AI silently first"},
                    new String[] {"radiologists reported from any site", "duplicate scans fell",
                        "second opinions took hours"},
                    new ChallengeType[] {ChallengeType.DATA_MIGRATION, ChallengeType.LEADERSHIP_GOVERNANCE,
                        ChallengeType.INFRASTRUCTURE_HARDWARE},
                    new String[] {"radiology", "imaging", "pathology"},
                    new Setting[] {Setting.ACUTE, Setting.SPECIALIST})),
            Map.entry(ProjectType.REMOTE_MONITORING, new Vocabulary(
                    new String[] {"virtual ward", "remote monitoring", "hospital at home", "telemonitoring",
                        "pulse oximeters", "technology enabled care"},
                    new String[] {"Doccla", "Docobo", "Luscii", "pulse oximeters", "wearables"},
                    new String[] {"setting up kit at home", "daily reviews by the team",
                        "joint operating procedures", "calling anyone who missed readings"},
                    new String[] {"some admissions were avoided", "readmissions fell", "stays shortened"},
                    new ChallengeType[] {ChallengeType.PATIENT_ENGAGEMENT, ChallengeType.WORKFLOW_REDESIGN,
                        ChallengeType.STAFFING_CAPACITY},
                    new String[] {"virtual ward", "frailty", "telehealth"},
                    new Setting[] {Setting.COMMUNITY, Setting.ACUTE, Setting.SOCIAL_CARE})),
            Map.entry(ProjectType.AUTOMATION_AI, new Vocabulary(
                    new String[] {"robotic process automation", "software robots", "ambient voice technology",
                        "speech recognition", "AI scribe", "chatbot"},
                    new String[] {"Blue Prism", "UiPath", "Dragon", "large language model", "RPA"},
                    new String[] {"choosing rule-based processes", "giving each bot an owner",
                        "completing a DPIA", "training voice profiles"},
                    new String[] {"thousands of hours were saved", "letters reached GPs in two days",
                        "documentation time fell"},
                    new ChallengeType[] {ChallengeType.STAFFING_CAPACITY, ChallengeType.INFORMATION_GOVERNANCE,
                        ChallengeType.CLINICAL_ENGAGEMENT},
                    new String[] {"automation", "AI", "documentation"},
                    new Setting[] {Setting.ACUTE, Setting.INTEGRATED_CARE_BOARD})),
            Map.entry(ProjectType.WORKFORCE_DIGITAL, new Vocabulary(
                    new String[] {"e-rostering", "staff bank", "electronic staff record", "digital staff passport",
                        "e-learning", "job planning"},
                    new String[] {"HealthRoster", "ESR", "Patchwork", "learning management system", "Allocate"},
                    new String[] {"agreeing one rostering policy", "linking rosters to the bank",
                        "cleaning up workforce records", "moving training online"},
                    new String[] {"rotas were published six weeks ahead", "bank fill rates improved",
                        "training compliance rose"},
                    new ChallengeType[] {ChallengeType.TRAINING_ADOPTION, ChallengeType.WORKFLOW_REDESIGN,
                        ChallengeType.INFORMATION_GOVERNANCE},
                    new String[] {"rostering", "workforce", "onboarding"},
                    new Setting[] {Setting.ACUTE, Setting.MENTAL_HEALTH})));

    private static final String[] TEAMS = {"the digital team", "the clinical safety officer", "ward managers",
        "the chief clinical information officer", "pharmacists", "the information governance lead", "the supplier",
        "the programme board", "matrons", "consultants", "the service desk", "the finance team", "GP partners",
        "the records team", "patient representatives"};
    // %1$s is the phrase, %2$s a number or a team.
    private static final String[] CONTEXTS = {
        "Before the project, staff relied on %1$s and workarounds that cost hours every week in %2$s services.",
        "The trust board approved the work after an outline business case showed the risks of doing nothing with "
                + "%1$s.",
        "Our %1$s was out of support and only a few people understood how it worked.",
        "Clinicians across %2$s sites asked for better %1$s.",
        "A national deadline required organisations to improve %1$s within %2$s months.",
        "Audits showed problems with %1$s in %2$s of our services."};
    private static final String[] APPROACHES = {
        "We chose %1$s and worked with %2$s from the start.",
        "The project used %1$s, with %2$s reviewing every decision.",
        "We ran several rounds of testing before %1$s, signed off by %2$s.",
        "A design authority led by %2$s prioritised %1$s.",
        "We budgeted for weeks of support after go-live and used %1$s with %2$s."};
    private static final String[] OUTCOMES = {
        "Within %2$s months %1$s.", "After the change %1$s, and staff satisfaction rose.",
        "The benefits case was met: %1$s.", "Overall %1$s, although some teams took %2$s weeks longer to adapt."};
    private static final String[] CHALLENGES = {
        "Problems with %1$s slowed the work in %2$s teams.", "We underestimated the effort needed for %1$s.",
        "Staff worried that %1$s would take longer.", "The supplier was %2$s weeks late delivering %1$s."};
    private static final String[] RESOLUTIONS = {
        "We fixed it by %1$s and weekly checks with %2$s.",
        "Changing to %1$s helped, together with short guides from %2$s.",
        "We agreed a recovery plan based on %1$s with %2$s.", "Extra funding paid for %1$s, led by %2$s."};
    private static final String[] RECOMMENDATIONS = {
        "Start %1$s early and involve %2$s.", "Fund %1$s properly and give %2$s time for it.",
        "Measure the baseline before %1$s.", "Do not underestimate %1$s; ask %2$s for help."};
    private static final String[] NAMES = {"Jo", "Sam", "Alex", "Priya", "Chris", "Ade", "Morgan", "Lee", "Kim",
        "Ravi"};
    private static final String[] SURNAMES = {"Patel", "Smith", "Okafor", "Jones", "Khan", "Evans", "Brown", "Ali"};

    private final Random random;

    SyntheticLessons(long seed) {
        this.random = new Random(seed);
    }

    Lesson next(int index, int organisations) {
        ProjectType type = ProjectType.values()[random.nextInt(ProjectType.values().length)];
        Vocabulary v = VOCABULARY.get(type);
        String subject = pick(v.subjects());
        String system = pick(v.systems());
        LocalDate completed = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3400));
        LocalDate started = completed.minusDays(90 + random.nextInt(900));
        LocalDate published = completed.plusDays(30 + random.nextInt(300));
        if (published.isAfter(LocalDate.of(2025, 12, 31))) {
            published = LocalDate.of(2025, 12, 31);
        }
        Set<Setting> settings = new LinkedHashSet<>();
        settings.add(pick(v.settings()));
        if (random.nextInt(4) == 0) {
            settings.add(Setting.values()[random.nextInt(Setting.values().length)]);
        }
        List<String[]> challenges = new ArrayList<>();
        List<ChallengeType> types = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ChallengeType challengeType = random.nextInt(5) == 0
                    ? ChallengeType.values()[random.nextInt(ChallengeType.values().length)] : pick(v.challenges());
            types.add(challengeType);
            challenges.add(new String[] {
                    sentence(CHALLENGES, pick(v.subjects()), 2 + random.nextInt(20)) + " "
                            + sentence(CONTEXTS, pick(v.subjects()), 2 + random.nextInt(9)),
                    sentence(RESOLUTIONS, pick(v.activities()), pick(TEAMS))});
        }
        String title = switch (random.nextInt(4)) {
            case 0 -> capitalise(subject) + ": what we learned from " + pick(v.activities());
            case 1 -> "Lessons from " + pick(v.activities()) + " with " + system;
            case 2 -> capitalise(pick(v.activities())) + " for " + subject + " in " + (2 + random.nextInt(30))
                    + " teams";
            default -> "How " + pick(v.outcomes()) + " after " + subject + " changed";
        };
        String summary = "How we delivered " + subject + " using " + system + ", through " + pick(v.activities())
                + ". " + capitalise(pick(v.outcomes())) + ".";
        String context = sentence(CONTEXTS, subject, 2 + random.nextInt(12)) + " "
                + sentence(CONTEXTS, pick(v.subjects()), 3 + random.nextInt(24)) + " "
                + "The project covered " + pick(v.subjects()) + " and " + pick(v.subjects()) + " for "
                + pick(TEAMS) + ".";
        String approach = sentence(APPROACHES, pick(v.activities()), pick(TEAMS)) + " "
                + sentence(APPROACHES, pick(v.activities()), pick(TEAMS)) + " "
                + sentence(APPROACHES, pick(v.activities()), pick(TEAMS)) + " We used " + system + " and "
                + pick(v.systems()) + ".";
        String outcomes = sentence(OUTCOMES, pick(v.outcomes()), 3 + random.nextInt(18)) + " "
                + sentence(OUTCOMES, pick(v.outcomes()), 3 + random.nextInt(18));
        String recommendations = sentence(RECOMMENDATIONS, pick(v.activities()), pick(TEAMS)) + " "
                + sentence(RECOMMENDATIONS, pick(v.subjects()), pick(TEAMS));
        String different = random.nextBoolean() ? null
                : "We would have started " + pick(v.activities()) + " sooner and involved " + pick(TEAMS) + ".";
        List<String> technologies = new ArrayList<>(new LinkedHashSet<>(List.of(system, pick(v.systems()))));
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(List.of(pick(v.tags()), pick(v.tags()))));
        boolean contact = random.nextInt(3) == 0;
        String name = pick(NAMES) + " " + pick(SURNAMES);
        return new Lesson("bench-" + index, random.nextInt(organisations), type, List.copyOf(settings),
                Region.values()[random.nextInt(Region.values().length)], started, completed, published, title,
                summary, context, approach, outcomes, challenges, types, recommendations, different, technologies,
                tags, contact ? name : null,
                contact ? name.toLowerCase().replace(' ', '.') + "@example.nhs.uk" : null);
    }

    /** A project description such as someone planning a project would write. */
    String description(ProjectType type) {
        Vocabulary v = VOCABULARY.get(type);
        return "We are planning " + pick(v.activities()) + " for " + pick(v.subjects()) + " using " + pick(v.systems())
                + ". " + sentence(CONTEXTS, pick(v.subjects()), 2 + random.nextInt(9)) + " We want to know how "
                + "others handled " + pick(v.subjects()) + " and " + pick(v.activities()) + ".";
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String sentence(String[] templates, Object phrase, Object other) {
        return String.format(pick(templates), phrase, String.valueOf(other));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
