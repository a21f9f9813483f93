package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.lessonsportal.portal.base.ui.CharacterCount;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.Contact;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.lesson.LessonValidator;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;

/**
 * The lesson template, in sections: about the project, context, what we did, outcomes, challenges (a block per
 * challenge, added and removed at will), recommendations and contact. Every field has a label and plain-English help
 * text; the domain's field keys ({@code title}, {@code challenges[1].description} …) map onto the fields, so its
 * error messages appear next to the field they concern. The form never clears what someone typed.
 */
public class LessonForm extends Div {

    private static final Pattern CHALLENGE_KEY = Pattern.compile("challenges\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern LIST_ITEM_KEY = Pattern.compile("(technologies|tags)\\[\\d+]");
    private static final int TYPING_PAUSE_MS = 1000;

    /** Common technologies, suppliers and standards to choose from; people can add their own. */
    static final List<String> SUGGESTED_TECHNOLOGIES = List.of("FHIR R4", "HL7 v2", "SNOMED CT", "dm+d", "NHS login",
            "NHS App", "NHS Spine", "GP Connect", "Summary Care Record", "e-Referral Service", "Electronic "
            + "Prescription Service", "NHS Mail", "Microsoft 365", "Robotic process automation", "PACS",
            "Shared care record", "Patient portal", "Virtual ward platform", "Cloud hosting", "Single sign-on");

    /** Tags people often use; people can add their own. */
    static final List<String> SUGGESTED_TAGS = List.of("cutover", "data quality", "data migration",
            "clinical safety", "training", "benefits", "procurement", "go-live", "digital maturity", "interoperability",
            "patient safety", "paper reduction", "workforce", "engagement", "cyber security");

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
    final Button addChallenge = new Button("Add another challenge");

    private final Div challengeList = new Div();
    private final Paragraph challengesError = new Paragraph();
    private final List<ChallengeEditor> challenges = new ArrayList<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Set<String> technologyOptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> tagOptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    public LessonForm() {
        addClassName("lesson-form");

        Section about = section(LessonReader.ABOUT, "About the project",
                "The basics, so people can tell quickly whether your lesson applies to them.");
        text(title, "lesson-title", LessonValidator.TITLE_MAX, "What the project did, in a few words. For example, "
                + "\"Moving three hospital sites onto one electronic patient record\". Between "
                + LessonValidator.TITLE_MIN + " and " + LessonValidator.TITLE_MAX + " characters.");
        text(summary, "lesson-summary", LessonValidator.SUMMARY_MAX, "A short paragraph for people deciding "
                + "whether to read on: what you did, and what others should know. Between "
                + LessonValidator.SUMMARY_MIN + " and " + String.format(Locale.UK, "%,d", LessonValidator.SUMMARY_MAX)
                + " characters.");
        choice(projectType, "lesson-project-type", ProjectType.values(), "Choose the closest match.");
        settings.setItems(Setting.values());
        settings.setItemLabelGenerator(Setting::label);
        field(settings, "lesson-settings", "Choose every care setting the lesson applies to.");
        choice(region, "lesson-region", Region.values(), "The NHS England region where the project took place.");
        date(startedOn, "lesson-started-on", "Optional. For example, 1/4/2023.");
        date(completedOn, "lesson-completed-on", "Optional. When the project finished, for example 31/3/2024. "
                + "It cannot be in the future.");
        freeList(technologies, technologyOptions, SUGGESTED_TECHNOLOGIES, "lesson-technologies",
                "Optional. Systems, suppliers and standards involved. Choose from the list, or type your own and "
                        + "press Enter.");
        freeList(tags, tagOptions, SUGGESTED_TAGS, "lesson-tags", "Optional. Words people might search for, such as "
                + "\"cutover\". Choose from the list, or type your own and press Enter.");
        Div dates = new Div(startedOn, completedOn);
        dates.addClassName("field-row");
        about.add(title, summary, projectType, settings, region, dates, technologies, tags);

        section(LessonFields.CONTEXT, "Context", null).add(longText(context, "lesson-context",
                "What was the situation before the project? Who was involved and what problem were you solving? "
                        + "Do not include anything that could identify a patient."));
        section(LessonFields.APPROACH, "What we did", null).add(longText(approach, "lesson-approach",
                "How you ran the project: the approach, the main steps and who did what."));
        section(LessonFields.OUTCOMES, "Outcomes", null).add(longText(outcomes, "lesson-outcomes",
                "What changed as a result. Include numbers if you have them, for example \"paper notes fell by 80% "
                        + "in six months\"."));

        Section challengeSection = section(LessonFields.CHALLENGES, "Challenges",
                "The problems the project met and how you dealt with them. Add one block for each challenge.");
        challengesError.addClassName("error-text");
        challengesError.setId("challenges-error");
        challengesError.setVisible(false);
        challengeList.addClassName("challenge-editors");
        addChallenge.setId("add-challenge");
        addChallenge.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        addChallenge.addClickListener(e -> {
            ChallengeEditor editor = addChallengeEditor(new Challenge(null, null, null));
            editor.type.focus();
            changed();
        });
        challengeSection.add(challengesError, challengeList, addChallenge);

        Section recommendationSection = section(LessonFields.RECOMMENDATIONS, "Recommendations", null);
        sections.put(LessonFields.WOULD_DO_DIFFERENTLY, recommendationSection);
        recommendationSection.add(longText(recommendations, "lesson-recommendations",
                "What would you tell another organisation starting the same kind of project?"),
                longText(wouldDoDifferently, "lesson-would-do-differently",
                        "With hindsight, what would you change?"));

        Section contactSection = section(LessonFields.CONTACT, "Contact", "Optional. Someone who has agreed to "
                + "answer questions about this lesson. Leave both empty if nobody has agreed.");
        text(contactName, "lesson-contact-name", LessonValidator.CONTACT_NAME_MAX, "For example, \"Pat Example, "
                + "EPR programme manager\".");
        text(contactEmail, "lesson-contact-email", LessonValidator.EMAIL_MAX, "A work address, for example "
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
                .challenges(filledChallenges().stream().map(ChallengeEditor::read).toList())
                .recommendations(recommendations.getValue())
                .wouldDoDifferently(wouldDoDifferently.getValue())
                .technologies(new ArrayList<>(technologies.getValue()))
                .tags(new ArrayList<>(tags.getValue()))
                .contact(new Contact(contactName.getValue(), contactEmail.getValue()))
                .build();
    }

    /** Fills the form (no change is reported). A lesson without challenges gets one empty block to start with. */
    public void write(LessonContent content) {
        title.setValue(nonNull(content.title()));
        summary.setValue(nonNull(content.summary()));
        projectType.setValue(content.projectType());
        settings.setValue(new LinkedHashSet<>(content.settings()));
        region.setValue(content.region());
        startedOn.setValue(content.startedOn());
        completedOn.setValue(content.completedOn());
        setFreeList(technologies, technologyOptions, content.technologies());
        setFreeList(tags, tagOptions, content.tags());
        context.setValue(nonNull(content.context()));
        approach.setValue(nonNull(content.approach()));
        outcomes.setValue(nonNull(content.outcomes()));
        recommendations.setValue(nonNull(content.recommendations()));
        wouldDoDifferently.setValue(nonNull(content.wouldDoDifferently()));
        contactName.setValue(content.contact() == null ? "" : nonNull(content.contact().name()));
        contactEmail.setValue(content.contact() == null ? "" : nonNull(content.contact().email()));
        challenges.clear();
        challengeList.removeAll();
        List<Challenge> given = content.challenges().isEmpty() ? List.of(new Challenge(null, null, null))
                : content.challenges();
        given.forEach(this::addChallengeEditor);
    }

    /** Told whenever the person changes something (typing is reported once they pause). */
    public Registration addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** Adds something under a section of the form (for example reviewers' comments on it). */
    public void addToSection(String sectionKey, Component component) {
        Section section = sections.getOrDefault(sectionKey, sections.get(LessonReader.ABOUT));
        section.addComponentAtIndex(Math.min(2, section.getComponentCount()), component);
    }

    /** The section element of the form for a reader section key. */
    Optional<Section> section(String sectionKey) {
        return Optional.ofNullable(sections.get(sectionKey));
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

    /** Marks one field as having a problem; returns the field, or {@code null} if the key matches none. */
    public Component showFieldError(String key, String message) {
        return showFieldError(key, message, new LinkedHashMap<>());
    }

    private Component showFieldError(String key, String message, Map<Component, List<String>> shown) {
        Component target = fieldFor(key).orElse(null);
        if (target == null) {
            return null;
        }
        if (target == addChallenge || LessonFields.CHALLENGES.equals(key)) {
            challengesError.setText(message);
            challengesError.setVisible(true);
            if (target == addChallenge) {
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
        challengesError.setVisible(false);
    }

    /** The field for a domain field key, e.g. {@code challenges[1].description}. */
    public Optional<Component> fieldFor(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher challenge = CHALLENGE_KEY.matcher(key);
        if (challenge.matches()) {
            int index = Integer.parseInt(challenge.group(1));
            List<ChallengeEditor> filled = filledChallenges();
            if (index >= filled.size()) {
                return Optional.of(addChallenge);
            }
            ChallengeEditor editor = filled.get(index);
            String part = challenge.group(2) == null ? "type" : challenge.group(2);
            return Optional.of(switch (part) {
                case "description" -> editor.description;
                case "resolution" -> editor.resolution;
                default -> editor.type;
            });
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
            case LessonFields.CHALLENGES -> challenges.isEmpty() ? addChallenge : challenges.get(0).type;
            case LessonFields.RECOMMENDATIONS -> recommendations;
            case LessonFields.WOULD_DO_DIFFERENTLY -> wouldDoDifferently;
            case LessonFields.TECHNOLOGIES -> technologies;
            case LessonFields.TAGS -> tags;
            case LessonFields.CONTACT, LessonFields.CONTACT_NAME -> contactName;
            case LessonFields.CONTACT_EMAIL -> contactEmail;
            default -> null;
        });
    }

    /**
     * The challenge blocks with something in them, in order: what {@link #read()} sends, so the domain's
     * {@code challenges[i]} is the i-th of these. An untouched block is not a challenge yet.
     */
    private List<ChallengeEditor> filledChallenges() {
        return challenges.stream().filter(c -> !c.isBlank()).toList();
    }

    /** The outcomes field (for pages and tests outside this package). */
    public TextArea outcomesField() {
        return outcomes;
    }

    List<ChallengeEditor> challengeEditors() {
        return List.copyOf(challenges);
    }

    private List<Component> allFields() {
        List<Component> fields = new ArrayList<>(List.<Component>of(title, summary, projectType, settings, region, startedOn,
                completedOn, technologies, tags, context, approach, outcomes, recommendations, wouldDoDifferently,
                contactName, contactEmail));
        challenges.forEach(c -> fields.addAll(List.<Component>of(c.type, c.description, c.resolution)));
        return fields;
    }

    // ------------------------------------------------------------------------------------------------- challenges

    private ChallengeEditor addChallengeEditor(Challenge challenge) {
        ChallengeEditor editor = new ChallengeEditor(challenge);
        challenges.add(editor);
        challengeList.add(editor);
        renumber();
        return editor;
    }

    private void removeChallenge(ChallengeEditor editor) {
        challenges.remove(editor);
        challengeList.remove(editor);
        renumber();
        addChallenge.focus();
        changed();
    }

    private void renumber() {
        for (int i = 0; i < challenges.size(); i++) {
            challenges.get(i).number(i + 1, challenges.size() > 1);
        }
        addChallenge.setText(challenges.isEmpty() ? "Add a challenge" : "Add another challenge");
        addChallenge.setEnabled(challenges.size() < LessonValidator.CHALLENGES_MAX);
    }

    /** One challenge: its type, what happened and how it was resolved. */
    final class ChallengeEditor extends Div {
        final H3 heading = new H3();
        final ComboBox<ChallengeType> type = new ComboBox<>("Type of challenge");
        final TextArea description = new TextArea("What happened");
        final TextArea resolution = new TextArea("How it was resolved");
        final Button remove = new Button();

        ChallengeEditor(Challenge challenge) {
            addClassName("challenge-editor");
            getElement().setAttribute("role", "group");
            choice(type, null, ChallengeType.values(), "The kind of problem it was.");
            text(description, null, LessonValidator.CHALLENGE_TEXT_MAX, "What went wrong or was hard.");
            text(resolution, null, LessonValidator.CHALLENGE_TEXT_MAX,
                    "What you did about it, or how you lived with it.");
            description.setMinHeight("6rem");
            resolution.setMinHeight("6rem");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> removeChallenge(this));
            type.setValue(challenge.type());
            description.setValue(nonNull(challenge.description()));
            resolution.setValue(nonNull(challenge.resolution()));
            add(heading, type, description, resolution, remove);
        }

        void number(int n, boolean removable) {
            heading.setText("Challenge " + n);
            heading.setId("challenge-" + n + "-heading");
            getElement().setAttribute("aria-labelledby", "challenge-" + n + "-heading");
            type.setId("challenge-" + n + "-type");
            description.setId("challenge-" + n + "-description");
            resolution.setId("challenge-" + n + "-resolution");
            remove.setId("challenge-" + n + "-remove");
            remove.setText("Remove challenge " + n);
            remove.setVisible(removable);
        }

        Challenge read() {
            return new Challenge(type.getValue(), description.getValue(), resolution.getValue());
        }

        boolean isBlank() {
            Challenge challenge = read();
            return challenge.type() == null && challenge.description() == null && challenge.resolution() == null;
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private Section section(String key, String heading, String hint) {
        Section section = new Section();
        section.addClassName("form-section");
        H2 h2 = new H2(heading);
        section.add(h2);
        if (hint != null) {
            Paragraph p = new Paragraph(hint);
            p.addClassName("hint");
            section.add(p);
        }
        sections.put(key, section);
        add(section);
        return section;
    }

    /**
     * A text field with its limit shown and counted, not enforced by the browser: a maximum length would cut a paste
     * short without a word. Over the limit, saving is refused with a message by the field and nothing typed is lost.
     */
    private void text(TextFieldBase<?, String> field, String id, int max, String help) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field(field, id, help);
        CharacterCount.show(field, max, help);
    }

    private TextArea longText(TextArea field, String id, String help) {
        text(field, id, LessonValidator.LONG_TEXT_MAX, help);
        field.setMinHeight("9rem");
        return field;
    }

    private <T extends Labelled> void choice(ComboBox<T> field, String id, T[] values, String help) {
        field.setItems(values);
        field.setItemLabelGenerator(Labelled::label);
        field.setClearButtonVisible(true);
        field(field, id, help);
    }

    private void date(DatePicker field, String id, String help) {
        field.setLocale(Locale.UK);
        field.setI18n(org.lessonsportal.portal.base.ui.Formats.datePickerI18n()
                .setBadInputErrorMessage("Enter a real date, for example 31/3/2024")
                .setMaxErrorMessage("The date must be today or in the past"));
        field.setMax(LocalDate.now(org.lessonsportal.portal.base.ui.Formats.UK));
        field.setClearButtonVisible(true);
        field.setId(id);
        field.setHelperText(help);
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
    }

    private void freeList(MultiSelectComboBox<String> field, Set<String> options, List<String> suggested, String id,
            String help) {
        options.addAll(suggested);
        field.setItems(new ArrayList<>(options));
        field.setAllowCustomValue(true);
        field.setSelectedItemsOnTop(true);
        field.addCustomValueSetListener(e -> {
            String entry = e.getDetail() == null ? "" : e.getDetail().strip();
            if (entry.isEmpty()) {
                return;
            }
            Set<String> chosen = new LinkedHashSet<>(field.getValue());
            String existing = options.stream().filter(o -> o.equalsIgnoreCase(entry)).findFirst().orElse(null);
            if (existing == null) {
                options.add(entry);
                field.setItems(new ArrayList<>(options));
            }
            chosen.add(existing == null ? entry : existing);
            field.setValue(chosen);
            changed();
        });
        field(field, id, help);
    }

    private static void setFreeList(MultiSelectComboBox<String> field, Set<String> options, List<String> values) {
        if (!options.containsAll(values)) {
            options.addAll(values);
            field.setItems(new ArrayList<>(options));
        }
        field.setValue(new LinkedHashSet<>(values));
    }

    private <F extends Component & HasValue<?, ?>> void field(F field, String id, String help) {
        if (id != null) {
            field.setId(id);
        }
        if (field instanceof com.vaadin.flow.component.HasHelper helped) {
            helped.setHelperText(help);
        }
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        if (field instanceof AbstractField<?, ?> || field instanceof MultiSelectComboBox<?>) {
            manualValidation(field);
        }
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
    }

    /** Fields show the portal's own messages only; the browser's checks would otherwise overwrite them. */
    private static void manualValidation(Component field) {
        if (field instanceof TextField f) {
            f.setManualValidation(true);
        } else if (field instanceof TextArea f) {
            f.setManualValidation(true);
        } else if (field instanceof ComboBox<?> f) {
            f.setManualValidation(true);
        } else if (field instanceof MultiSelectComboBox<?> f) {
            f.setManualValidation(true);
        }
    }

    private void changed() {
        List.copyOf(changeListeners).forEach(Runnable::run);
    }

    private static <T> List<T> ordered(Set<T> chosen, List<T> order) {
        return order.stream().filter(chosen::contains).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
