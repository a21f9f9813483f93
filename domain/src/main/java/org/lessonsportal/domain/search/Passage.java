package org.lessonsportal.domain.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A passage of a lesson that matches the search, as plain-text segments, some of them marked as matching words.
 * The text is never HTML: show segments as text (or use {@link #html()}, which escapes it).
 *
 * @param field the index field it comes from: {@code body} (context, approach, outcomes, challenges and their
 *              resolutions, recommendations, what they would do differently)
 */
public record Passage(String field, List<Segment> segments) {

    public Passage {
        segments = List.copyOf(segments);
    }

    /** A run of text; {@code match} when it is a word the search matched. */
    public record Segment(String text, boolean match) {
    }

    /** The section of the lesson it comes from, for people. */
    public String fieldLabel() {
        return switch (field) {
            case IndexFields.SUMMARY -> "Summary";
            case IndexFields.TITLE -> "Title";
            default -> "Lesson";
        };
    }

    /** The passage without marks. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** The passage as escaped HTML with {@code <mark>} around matching words. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.match()) {
                html.append("<mark>").append(escape(segment.text())).append("</mark>");
            } else {
                html.append(escape(segment.text()));
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
