package org.lessonsportal.workflow.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers for the plain-English text of notifications. */
final class ReviewText {

    private static final ZoneId NHS_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReviewText() {
    }

    /** “Title”, or “your lesson” when it has none. */
    static String quoted(String title) {
        return title == null || title.isBlank() ? "the lesson" : "“" + title + "”";
    }

    /** 12 March 2026 */
    static String date(Instant instant) {
        return DATE.format(instant.atZone(NHS_ZONE));
    }

    /** “5 days”, “36 hours”, “10 minutes”. */
    static String period(Duration duration) {
        if (duration.toDays() > 0 && duration.toHours() % 24 == 0) {
            return plural(duration.toDays(), "day");
        }
        if (duration.toHours() > 0 && duration.toMinutes() % 60 == 0) {
            return plural(duration.toHours(), "hour");
        }
        if (duration.toMinutes() > 0) {
            return plural(duration.toMinutes(), "minute");
        }
        return plural(Math.max(1, duration.toSeconds()), "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
