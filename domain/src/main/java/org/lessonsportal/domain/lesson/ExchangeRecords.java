package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Turns one entry of an exchange file into lesson content, collecting a plain-English problem for every field that
 * is the wrong kind of value, then applying the submission rules and the patient-data check. Unknown keys are
 * ignored. Pure functions.
 */
final class ExchangeRecords {

    static final int EXTERNAL_ID_MAX = 100;
    private static final Pattern ODS_CODE = Pattern.compile("[A-Za-z0-9]{3,10}");

    private ExchangeRecords() {
    }

    static ImportCandidate read(JsonNode node, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            problems.add(new FieldError("", "This entry is not a lesson. Each entry in \"lessons\" must be an object "
                    + "with a title, summary and the other parts of a lesson."));
            return new ImportCandidate(null, null, null, null, LessonContent.empty(), null, problems);
        }
        Reader r = new Reader(node, problems);
        String externalId = r.id();
        String odsCode = null;
        String organisationName = null;
        JsonNode organisation = node.get(LessonFields.ORGANISATION);
        if (organisation == null || organisation.isNull()) {
            problems.add(new FieldError("organisation.odsCode", "Give the organisation's ODS code"));
        } else if (!organisation.isObject()) {
            problems.add(new FieldError(LessonFields.ORGANISATION,
                    "The organisation must be an object with an odsCode and a name"));
        } else {
            Reader organisationReader = new Reader(organisation, problems, "organisation.");
            odsCode = organisationReader.text("odsCode", "The organisation's ODS code");
            organisationName = organisationReader.text("name", "The organisation's name");
            if (odsCode == null) {
                problems.add(new FieldError("organisation.odsCode", "Give the organisation's ODS code"));
            } else if (!ODS_CODE.matcher(odsCode).matches()) {
                problems.add(new FieldError("organisation.odsCode", "\"" + odsCode + "\" is not an ODS code. ODS "
                        + "codes have 3 to 10 letters and numbers, for example RXX or A81001"));
            } else {
                odsCode = odsCode.toUpperCase(Locale.ROOT);
            }
            if (organisationName != null && organisationName.length() > 200) {
                problems.add(new FieldError("organisation.name", "The organisation's name must be 200 characters "
                        + "or fewer"));
            }
        }
        LessonContent content = LessonContent.builder()
                .title(r.text(LessonFields.TITLE, "The title"))
                .summary(r.text(LessonFields.SUMMARY, "The summary"))
                .projectType(r.code(LessonFields.PROJECT_TYPE, ProjectType.class, "type of project"))
                .settings(r.codes(LessonFields.SETTINGS, Setting.class, "care setting"))
                .region(r.code(LessonFields.REGION, Region.class, "region"))
                .startedOn(r.date(LessonFields.STARTED_ON, "start date"))
                .completedOn(r.date(LessonFields.COMPLETED_ON, "completion date"))
                .context(r.text(LessonFields.CONTEXT, "The context"))
                .approach(r.text(LessonFields.APPROACH, "The approach"))
                .outcomes(r.text(LessonFields.OUTCOMES, "The outcomes"))
                .challenges(r.challenges())
                .recommendations(r.text(LessonFields.RECOMMENDATIONS, "The recommendations"))
                .wouldDoDifferently(r.text(LessonFields.WOULD_DO_DIFFERENTLY, "What you would do differently"))
                .technologies(r.texts(LessonFields.TECHNOLOGIES, "Technologies, suppliers and standards"))
                .tags(r.texts(LessonFields.TAGS, "Tags"))
                .contact(r.contact())
                .build();
        LocalDate publishedOn = r.date("publishedOn", "publication date");
        if (publishedOn != null && publishedOn.isAfter(today)) {
            problems.add(new FieldError("publishedOn", "The publication date must be today or in the past"));
        }
        for (FieldError error : LessonValidator.checkComplete(content, today)) {
            if (problems.stream().noneMatch(p -> p.field().equals(error.field()))) {
                problems.add(error);
            }
        }
        for (PatientDataFinding finding : PatientDataScanner.scan(content)) {
            problems.add(new FieldError(finding.field(), finding.fieldLabel() + " contains what looks like "
                    + finding.kind().description() + " (\"" + finding.match() + "\"). Lessons with information that "
                    + "could identify a patient are not imported: remove it from the file"));
        }
        return new ImportCandidate(externalId, content.title(), odsCode, organisationName, content, publishedOn,
                problems);
    }

    /** Reads typed values from one object, noting a problem for every value of the wrong kind. */
    private static final class Reader {
        private final JsonNode node;
        private final List<FieldError> problems;
        private final String prefix;

        Reader(JsonNode node, List<FieldError> problems) {
            this(node, problems, "");
        }

        Reader(JsonNode node, List<FieldError> problems, String prefix) {
            this.node = node;
            this.problems = problems;
            this.prefix = prefix;
        }

        String id() {
            JsonNode id = node.get("id");
            if (id == null || id.isNull()) {
                return null;
            }
            if (!id.isTextual() && !id.isIntegralNumber()) {
                problems.add(new FieldError("id", "The id must be text or a whole number"));
                return null;
            }
            String text = Texts.clean(id.asText());
            if (text != null && text.length() > EXTERNAL_ID_MAX) {
                problems.add(new FieldError("id", "The id must be " + EXTERNAL_ID_MAX + " characters or fewer"));
                return null;
            }
            return text;
        }

        String text(String key, String name) {
            return text(node.get(key), prefix + key, name);
        }

        private String text(JsonNode value, String field, String name) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                problems.add(new FieldError(field, name + " must be text, between double quotes"));
                return null;
            }
            return value.asText();
        }

        <E extends Enum<E> & Labelled> E code(String key, Class<E> type, String name) {
            return code(node.get(key), prefix + key, type, name);
        }

        private <E extends Enum<E> & Labelled> E code(JsonNode value, String field, Class<E> type, String name) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                problems.add(new FieldError(field, "The " + name + " must be one of the portal's codes, as text: "
                        + allCodes(type)));
                return null;
            }
            Optional<E> found = Labelled.find(type, value.asText());
            if (found.isEmpty()) {
                problems.add(new FieldError(field, "\"" + value.asText() + "\" is not a " + name + " the portal "
                        + "knows. Use one of: " + allCodes(type)));
                return null;
            }
            return found.get();
        }

        <E extends Enum<E> & Labelled> List<E> codes(String key, Class<E> type, String name) {
            JsonNode value = node.get(key);
            List<E> result = new ArrayList<>();
            if (value == null || value.isNull()) {
                return result;
            }
            if (!value.isArray()) {
                problems.add(new FieldError(prefix + key, "The " + name + "s must be a list, for example [\""
                        + type.getEnumConstants()[0].code() + "\"]"));
                return result;
            }
            for (int i = 0; i < value.size(); i++) {
                E code = code(value.get(i), prefix + key + "[" + i + "]", type, name);
                if (code != null) {
                    result.add(code);
                }
            }
            return result;
        }

        List<String> texts(String key, String name) {
            JsonNode value = node.get(key);
            List<String> result = new ArrayList<>();
            if (value == null || value.isNull()) {
                return result;
            }
            if (!value.isArray()) {
                problems.add(new FieldError(prefix + key, name + " must be a list of text, for example [\"FHIR\"]"));
                return result;
            }
            for (int i = 0; i < value.size(); i++) {
                String text = text(value.get(i), prefix + key + "[" + i + "]", "Each entry of " + name);
                if (text != null) {
                    result.add(text);
                }
            }
            return result;
        }

        LocalDate date(String key, String name) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            String wrong = "Give the " + name + " as a date in the form 2023-03-31";
            if (!value.isTextual()) {
                problems.add(new FieldError(prefix + key, wrong));
                return null;
            }
            try {
                return LocalDate.parse(value.asText().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldError(prefix + key, wrong + " (\"" + value.asText() + "\" is not a date)"));
                return null;
            }
        }

        List<Challenge> challenges() {
            JsonNode value = node.get(LessonFields.CHALLENGES);
            List<Challenge> result = new ArrayList<>();
            if (value == null || value.isNull()) {
                return result;
            }
            if (!value.isArray()) {
                problems.add(new FieldError(LessonFields.CHALLENGES, "The challenges must be a list of objects with "
                        + "a type, a description and a resolution"));
                return result;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isObject()) {
                    problems.add(new FieldError(LessonFields.challenge(i, null), "Challenge " + (i + 1) + " must be "
                            + "an object with a type, a description and a resolution"));
                    continue;
                }
                Reader challenge = new Reader(item, problems, LessonFields.challenge(i, null) + ".");
                result.add(new Challenge(challenge.code("type", ChallengeType.class, "type of challenge"),
                        challenge.text("description", "Challenge " + (i + 1) + ": what happened"),
                        challenge.text("resolution", "Challenge " + (i + 1) + ": how it was resolved")));
            }
            return result;
        }

        Contact contact() {
            JsonNode value = node.get(LessonFields.CONTACT);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                problems.add(new FieldError(LessonFields.CONTACT, "The contact must be an object with a name and an "
                        + "email"));
                return null;
            }
            Reader contact = new Reader(value, problems, "contact.");
            return new Contact(contact.text("name", "The contact's name"), contact.text("email",
                    "The contact's email address"));
        }

        private static <E extends Enum<E> & Labelled> String allCodes(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
        }
    }
}
