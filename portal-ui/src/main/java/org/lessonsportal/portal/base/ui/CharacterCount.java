package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Locale;

/**
 * A text field's limit, shown under it with a live count ("120 of 600 characters"), instead of a maximum length the
 * browser enforces by cutting pasted text short without a word. The service refuses a value over the limit with a
 * message by the field, so what was typed is kept and the person decides what to cut.
 */
public final class CharacterCount {

    private CharacterCount() {
    }

    /** Shows the help text followed by the count, kept up to date as the value changes. */
    public static void show(TextFieldBase<?, String> field, int max, String help) {
        update(field, max, help);
        field.addValueChangeListener(e -> update(field, max, help));
    }

    /** The count as shown: characters are counted as the service counts them (one per Unicode character). */
    public static String describe(String value, int max) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        String count = String.format(Locale.UK, "%,d of %,d characters", length, max);
        return length > max ? count + ": " + String.format(Locale.UK, "%,d", length - max) + " too many" : count;
    }

    private static void update(TextFieldBase<?, String> field, int max, String help) {
        String count = describe(field.getValue(), max);
        field.setHelperText(help == null || help.isBlank() ? count : help + " " + count + ".");
    }
}
