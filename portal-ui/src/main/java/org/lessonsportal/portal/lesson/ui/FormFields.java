package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lessonsportal.domain.lesson.LessonValidator;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * Sets up the lesson form's fields the same way everywhere: an id, plain-English help text, the full width, the
 * portal's own messages instead of the browser's checks, and a change reported when the person (not the page) changes
 * the value. Text fields report typing once it pauses and show their limit with a {@link CharacterCount}, never
 * enforcing it: a maximum length would cut a paste short without a word.
 */
final class FormFields {

    private static final int TYPING_PAUSE_MS = 1000;

    private final Runnable changed;

    /** @param changed told whenever the person changes a field set up here */
    FormFields(Runnable changed) {
        this.changed = changed;
    }

    /**
     * A text field with its limit shown and counted, not enforced by the browser. Over the limit, saving is refused
     * with a message by the field and nothing typed is lost.
     */
    void text(TextFieldBase<?, String> field, String id, int max, String help) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field(field, id, help);
        CharacterCount.show(field, max, help);
    }

    /** A text area for one of the lesson's long sections. */
    TextArea longText(TextArea field, String id, String help) {
        text(field, id, LessonValidator.LONG_TEXT_MAX, help);
        field.setMinHeight("9rem");
        return field;
    }

    /** A choice from the portal's taxonomy, shown by its label. */
    <T extends Labelled> void choice(ComboBox<T> field, String id, T[] values, String help) {
        field.setItems(values);
        field.setItemLabelGenerator(Labelled::label);
        field.setClearButtonVisible(true);
        field(field, id, help);
    }

    /** A UK date, today or earlier. */
    void date(DatePicker field, String id, String help) {
        field.setLocale(Locale.UK);
        field.setI18n(Formats.datePickerI18n()
                .setBadInputErrorMessage("Enter a real date, for example 31/3/2024")
                .setMaxErrorMessage("The date must be today or in the past"));
        field.setMax(LocalDate.now(Formats.UK));
        field.setClearButtonVisible(true);
        field.setId(id);
        field.setHelperText(help);
        field.setWidthFull();
        reportChanges(field);
    }

    /**
     * A list to choose from that people can add their own entries to (typed and Enter); an entry differing only in
     * case from one offered is taken as that one.
     *
     * @param options what is offered, kept up to date with what people add
     */
    void freeList(MultiSelectComboBox<String> field, Set<String> options, List<String> suggested, String id,
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
            changed.run();
        });
        field(field, id, help);
    }

    /** Fills a {@link #freeList} field, offering entries it did not offer yet. */
    static void setFreeList(MultiSelectComboBox<String> field, Set<String> options, List<String> values) {
        if (!options.containsAll(values)) {
            options.addAll(values);
            field.setItems(new ArrayList<>(options));
        }
        field.setValue(new LinkedHashSet<>(values));
    }

    /** The setup every field gets; {@code id} may be {@code null} (set later, for example by a challenge's number). */
    <F extends Component & HasValue<?, ?>> void field(F field, String id, String help) {
        if (id != null) {
            field.setId(id);
        }
        if (field instanceof HasHelper helped) {
            helped.setHelperText(help);
        }
        if (field instanceof HasSize sized) {
            sized.setWidthFull();
        }
        if (field instanceof AbstractField<?, ?> || field instanceof MultiSelectComboBox<?>) {
            manualValidation(field);
        }
        reportChanges(field);
    }

    private void reportChanges(HasValue<?, ?> field) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
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

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
