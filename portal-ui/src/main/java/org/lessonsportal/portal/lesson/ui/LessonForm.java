package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.lessonsportal.domain.lesson.Contact;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.lesson.LessonValidator;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;

/**
 * The lesson template, in sections: about the project, context, what we did, outcomes, challenges (a block per
 * challenge, added and removed at will), recommendations and contact. Every field has a label and plain-English help
 * text; the domain's field keys ({@code title}, {@code challenges[1].description} …) map onto the fields, so its
 * error messages appear next to the field they concern. The form never clears what someone typed. The fields are
 * set up by {@link FormFields}, the challenges kept by {@link ChallengeList}.
 *
 * <p>The form reads and writes its fields by hand rather than through Vaadin's {@code Binder}, on purpose: a Binder
 * marks a bound field valid or invalid itself on every change, which would wipe the messages {@link FormProblems}
 * shows there (what the last Submit found, what stopped the last save and the patient-data findings, all at once and
 * several on one field); the limits are only counted, never enforced, so nothing typed is cut or refused by the field;
 * {@link LessonContent} is an immutable record built in one go, and the challenges are a list of blocks that come and
 * go. Binding would need as much code around it as it saves.
 */
public class LessonForm extends Div {

    private static final Pattern LIST_ITEM_KEY = Pattern.compile("(technologies|tags)\\[\\d+]");

    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("Summary");
    final ComboBox<ProjectType> projectType = new ComboBox<>("Type of project");
    final MultiSelectComboBox<Setting> settings = new MultiSelectComboBox<>("Care settings");
    final ComboBox<Region> region = new ComboBox<>("Region");
    final DatePicker startedOn = new DatePicker("Start date");
    final DatePicker completedOn = new DatePicker("Completion date");
    final MultiSelectComboBox<String> technologies = new MultiSelectComboBox<>("Technologies, suppliers and standards");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final TextArea context = new TextArea("Context");
    final TextArea approach = new TextArea("What we did");
    final TextArea outcomes = new TextArea("Outcomes");
    final TextArea recommendations = new TextArea("Recommendations");
    final TextArea wouldDoDifferently = new TextArea("What we would do differently (optional)");
    final TextField contactName = new TextField("Contact's name (optional)");
    final TextField contactEmail = new TextField("Contact's email address (optional)");

    private final List<Runnable> changeListeners = new ArrayList<>();
    private final FormFields fields = new FormFields(this::changed);
    private final ChallengeList challenges = new ChallengeList(fields, this::changed);
    private final FormSections sections = new FormSections(this);
    private final Set<String> technologyOptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> tagOptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    public LessonForm() {
        addClassName("lesson-form");

        Section about = sections.add(LessonReader.ABOUT, "About the project",
                "The basics, so people can tell quickly whether your lesson applies to them.");
        fields.text(title, "lesson-title", LessonValidator.TITLE_MAX, "What the project did, in a few words. For "
                + "example, \"Moving three hospital sites onto one electronic patient record\". Between "
                + LessonValidator.TITLE_MIN + " and " + LessonValidator.TITLE_MAX + " characters.");
        fields.text(summary, "lesson-summary", LessonValidator.SUMMARY_MAX, "A short paragraph for people deciding "
                + "whether to read on: what you did, and what others should know. Between "
                + LessonValidator.SUMMARY_MIN + " and " + String.format(Locale.UK, "%,d", LessonValidator.SUMMARY_MAX)
                + " characters.");
        fields.choice(projectType, "lesson-project-type", ProjectType.values(), "Choose the closest match.");
        settings.setItems(Setting.values());
        settings.setItemLabelGenerator(Setting::label);
        fields.field(settings, "lesson-settings", "Choose every care setting the lesson applies to.");
        fields.choice(region, "lesson-region", Region.values(),
                "The NHS England region where the project took place.");
        fields.date(startedOn, "lesson-started-on", "Optional. For example, 1/4/2023.");
        fields.date(completedOn, "lesson-completed-on", "Optional. When the project finished, for example 31/3/2024. "
                + "It cannot be in the future.");
        fields.freeList(technologies, technologyOptions, FreeListSuggestions.TECHNOLOGIES, "lesson-technologies",
                "Optional. Systems, suppliers and standards involved. Choose from the list, or type your own and "
                        + "press Enter.");
        fields.freeList(tags, tagOptions, FreeListSuggestions.TAGS, "lesson-tags", "Optional. Words people might "
                + "search for, such as \"cutover\". Choose from the list, or type your own and press Enter.");
        Div dates = new Div(startedOn, completedOn);
        dates.addClassName("field-row");
        about.add(title, summary, projectType, settings, region, dates, technologies, tags);

        sections.add(LessonFields.CONTEXT, "Context", null).add(fields.longText(context, "lesson-context",
                "What was the situation before the project? Who was involved and what problem were you solving? "
                        + "Do not include anything that could identify a patient."));
        sections.add(LessonFields.APPROACH, "What we did", null).add(fields.longText(approach, "lesson-approach",
                "How you ran the project: the approach, the main steps and who did what."));
        sections.add(LessonFields.OUTCOMES, "Outcomes", null).add(fields.longText(outcomes, "lesson-outcomes",
                "What changed as a result. Include numbers if you have them, for example \"paper notes fell by 80% "
                        + "in six months\"."));

        Section challengeSection = sections.add(LessonFields.CHALLENGES, "Challenges",
                "The problems the project met and how you dealt with them. Add one block for each challenge.");
        challenges.placeIn(challengeSection);

        Section recommendationSection = sections.add(LessonFields.RECOMMENDATIONS, "Recommendations", null);
        sections.alias(LessonFields.WOULD_DO_DIFFERENTLY, recommendationSection);
        recommendationSection.add(fields.longText(recommendations, "lesson-recommendations",
                "What would you tell another organisation starting the same kind of project?"),
                fields.longText(wouldDoDifferently, "lesson-would-do-differently",
                        "With hindsight, what would you change?"));

        Section contactSection = sections.add(LessonFields.CONTACT, "Contact", "Optional. Someone who has agreed to "
                + "answer questions about this lesson. Leave both empty if nobody has agreed.");
        fields.text(contactName, "lesson-contact-name", LessonValidator.CONTACT_NAME_MAX, "For example, \"Pat "
                + "Example, EPR programme manager\".");
        fields.text(contactEmail, "lesson-contact-email", LessonValidator.EMAIL_MAX, "A work address, for example "
                + "name@example.nhs.uk.");
        contactSection.add(contactName, contactEmail);

        write(LessonContent.empty());
    }

    // -------------------------------------------------------------------------------------------- reading, writing

    /** What the form holds now, complete or not. */
    public LessonContent read() {
        return LessonContent.builder()
                .title(title.getValue())
                .summary(summary.getValue())
                .projectType(projectType.getValue())
                .settings(ordered(settings.getValue(), List.of(Setting.values())))
                .region(region.getValue())
                .startedOn(startedOn.getValue())
                .completedOn(completedOn.getValue())
                .context(context.getValue())
                .approach(approach.getValue())
                .outcomes(outcomes.getValue())
                .challenges(challenges.read())
                .recommendations(recommendations.getValue())
                .wouldDoDifferently(wouldDoDifferently.getValue())
                .technologies(new ArrayList<>(technologies.getValue()))
                .tags(new ArrayList<>(tags.getValue()))
                .contact(new Contact(contactName.getValue(), contactEmail.getValue()))
                .build();
    }

    /** Fills the form (no change is reported). A lesson without challenges gets one empty block to start with. */
    public void write(LessonContent content) {
        title.setValue(FormFields.nonNull(content.title()));
        summary.setValue(FormFields.nonNull(content.summary()));
        projectType.setValue(content.projectType());
        settings.setValue(new LinkedHashSet<>(content.settings()));
        region.setValue(content.region());
        startedOn.setValue(content.startedOn());
        completedOn.setValue(content.completedOn());
        FormFields.setFreeList(technologies, technologyOptions, content.technologies());
        FormFields.setFreeList(tags, tagOptions, content.tags());
        context.setValue(FormFields.nonNull(content.context()));
        approach.setValue(FormFields.nonNull(content.approach()));
        outcomes.setValue(FormFields.nonNull(content.outcomes()));
        recommendations.setValue(FormFields.nonNull(content.recommendations()));
        wouldDoDifferently.setValue(FormFields.nonNull(content.wouldDoDifferently()));
        contactName.setValue(content.contact() == null ? "" : FormFields.nonNull(content.contact().name()));
        contactEmail.setValue(content.contact() == null ? "" : FormFields.nonNull(content.contact().email()));
        challenges.write(content.challenges());
    }

    /** Told whenever the person changes something (typing is reported once they pause). */
    public Registration addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** Adds something under a section of the form (for example reviewers' comments on it). */
    public void addToSection(String sectionKey, Component component) {
        sections.addUnder(sectionKey, component, LessonReader.ABOUT);
    }

    // ------------------------------------------------------------------------------------------------------ errors

    /**
     * Shows each problem next to its field (several on one field are joined) and returns them for the error
     * summary, each linked to its field. Problems for no known field are returned without a link.
     */
    public List<Problem> showErrors(List<FieldError> errors) {
        Map<Component, List<String>> byField = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (FieldError error : errors) {
            Component target = showFieldError(error.field(), error.message(), byField);
            problems.add(new Problem(error.message(), target, null));
        }
        return problems;
    }

    private Component showFieldError(String key, String message, Map<Component, List<String>> shown) {
        Component target = fieldFor(key).orElse(null);
        if (target == null) {
            return null;
        }
        if (target == challenges.addChallenge || LessonFields.CHALLENGES.equals(key)) {
            challenges.showError(message);
            if (target == challenges.addChallenge) {
                return target;
            }
        }
        List<String> messages = shown.computeIfAbsent(target, t -> new ArrayList<>());
        messages.add(message);
        if (target instanceof HasValidation field) {
            field.setErrorMessage(String.join(". ", messages));
            field.setInvalid(true);
        }
        return target;
    }

    /** Clears every problem shown. */
    public void clearErrors() {
        allFields().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
                validated.setErrorMessage(null);
            }
        });
        challenges.clearError();
    }

    /** The field for a domain field key, e.g. {@code challenges[1].description}. */
    public Optional<Component> fieldFor(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<Component> challengeField = challenges.fieldFor(key);
        if (challengeField.isPresent()) {
            return challengeField;
        }
        if (LIST_ITEM_KEY.matcher(key).matches()) {
            return Optional.of(key.startsWith(LessonFields.TAGS) ? tags : technologies);
        }
        return Optional.ofNullable(switch (key) {
            case LessonFields.TITLE -> title;
            case LessonFields.SUMMARY -> summary;
            case LessonFields.PROJECT_TYPE -> projectType;
            case LessonFields.SETTINGS -> settings;
            case LessonFields.REGION -> region;
            case LessonFields.STARTED_ON -> startedOn;
            case LessonFields.COMPLETED_ON -> completedOn;
            case LessonFields.CONTEXT -> context;
            case LessonFields.APPROACH -> approach;
            case LessonFields.OUTCOMES -> outcomes;
            case LessonFields.CHALLENGES -> challenges.first();
            case LessonFields.RECOMMENDATIONS -> recommendations;
            case LessonFields.WOULD_DO_DIFFERENTLY -> wouldDoDifferently;
            case LessonFields.TECHNOLOGIES -> technologies;
            case LessonFields.TAGS -> tags;
            case LessonFields.CONTACT, LessonFields.CONTACT_NAME -> contactName;
            case LessonFields.CONTACT_EMAIL -> contactEmail;
            default -> null;
        });
    }

    /** The outcomes field (for pages and tests outside this package). */
    public TextArea outcomesField() {
        return outcomes;
    }

    List<ChallengeEditor> challengeEditors() {
        return challenges.editors();
    }

    private List<Component> allFields() {
        List<Component> all = new ArrayList<>(List.<Component>of(title, summary, projectType, settings, region,
                startedOn, completedOn, technologies, tags, context, approach, outcomes, recommendations,
                wouldDoDifferently, contactName, contactEmail));
        all.addAll(challenges.fields());
        return all;
    }

    private void changed() {
        List.copyOf(changeListeners).forEach(Runnable::run);
    }

    private static <T> List<T> ordered(Set<T> chosen, List<T> order) {
        return order.stream().filter(chosen::contains).toList();
    }
}
