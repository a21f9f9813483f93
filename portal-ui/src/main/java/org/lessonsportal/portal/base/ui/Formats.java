package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Dates and times the way the NHS writes them: "12 March 2025", "14:32", in UK time. */
public final class Formats {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Formats() {
    }

    /** "12 March 2025", or an empty string. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "12 March 2025", or an empty string. */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(UK));
    }

    /** "14:32", or an empty string. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(UK));
    }

    /** "12 March 2025 at 14:32", or an empty string. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : date(instant) + " at " + time(instant);
    }

    /**
     * Date pickers the British way: weeks start on Monday, English month and day names, and day/month/year typed
     * as "31/3/2024", "31/3/24" or "31.3.2024". Callers add their own error messages.
     */
    public static DatePicker.DatePickerI18n datePickerI18n() {
        return new DatePicker.DatePickerI18n()
                .setFirstDayOfWeek(1)
                .setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"))
                .setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"))
                .setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"))
                .setToday("Today")
                .setCancel("Cancel")
                .setDateFormats("d/M/yyyy", "d/M/yy", "d.M.yyyy");
    }

    /** A lesson's title as shown, "Untitled lesson" for a draft without one. */
    public static String title(String title) {
        return title == null || title.isBlank() ? "Untitled lesson" : title;
    }
}
