package org.lessonsportal.portal.lesson.ui;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.portal.base.ui.ContactLinks;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * A published lesson as a PDF to keep, print or pass on: rendered on the server from XHTML by openhtmltopdf (no
 * browser). Everything the lesson page shows to readers is there: title, organisation, dates, every section, the
 * challenges with how each was resolved, and the contact. All lesson text is escaped; the document loads nothing from
 * outside. The PDF is tagged (PDF/UA) with its title and language, for screen readers, and embeds its font.
 */
final class LessonPdf {

    /** What goes into the PDF besides the lesson itself. */
    record Source(LessonDetails lesson, String organisationName, String address) {
    }

    /** The font PDFBox ships (Liberation Sans, metric-compatible with Arial); it covers far more than WinAnsi. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FAMILY = "Liberation Sans";

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-left { content: "Lessons Portal"; font-family: 'Liberation Sans'; font-size: 8pt;
                color: #4c6272; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans';
                font-size: 8pt; color: #4c6272; } }
            body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; color: #212b32; }
            h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 6pt 0; }
            h2 { font-size: 14pt; margin: 16pt 0 4pt 0; page-break-after: avoid; border-bottom: 1px solid #d8dde0;
              padding-bottom: 2pt; }
            h3 { font-size: 11.5pt; margin: 10pt 0 2pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; }
            a { color: #005eb8; }
            .meta { color: #4c6272; margin-bottom: 10pt; }
            .lede { font-size: 12pt; }
            .label { font-weight: bold; margin: 4pt 0 1pt 0; color: #4c6272; }
            table.facts { border-collapse: collapse; width: 100%; }
            table.facts th { text-align: left; vertical-align: top; width: 34%; padding: 2pt 8pt 2pt 0;
              color: #4c6272; font-weight: normal; }
            table.facts td { vertical-align: top; padding: 2pt 0; }
            ol.challenges { list-style: none; padding-left: 0; }
            ol.challenges li { margin-bottom: 8pt; }
            .source { margin-top: 18pt; font-size: 9pt; color: #4c6272; border-top: 1px solid #d8dde0;
              padding-top: 4pt; }
            """;

    private LessonPdf() {
    }

    /** The PDF's bytes. */
    static byte[] render(Source source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(LessonPdf::font, FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(LessonPdf::font, FAMILY, 700, FontStyle.NORMAL, true);
        // Nothing is fetched while rendering: the lesson's text is escaped, and no address in it is loaded.
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Lessons Portal");
        builder.withHtmlContent(xhtml(source), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the PDF of lesson " + source.lesson().id(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream font = LessonPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("The PDF font " + FONT + " is missing from the class path");
        }
        return font;
    }

    /** The lesson as a whole XHTML document, every piece of its text escaped. */
    static String xhtml(Source source) {
        LessonDetails lesson = source.lesson();
        LessonContent content = lesson.content();
        String title = Formats.title(content.title());
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(escape(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(escape(content.summary())).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(escape(source.organisationName())).append("\"/>")
                .append("<style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        html.append("<p class=\"meta\">From ").append(escape(source.organisationName()));
        if (lesson.publishedOn() != null) {
            html.append(". Published ").append(escape(Formats.date(lesson.publishedOn())));
        }
        html.append(".</p>");
        if (content.summary() != null) {
            html.append("<p class=\"lede\">").append(escape(content.summary())).append("</p>");
        }
        about(html, content);
        text(html, "Context", content.context());
        text(html, "What we did", content.approach());
        text(html, "Outcomes", content.outcomes());
        challenges(html, content.challenges());
        text(html, "Recommendations", content.recommendations());
        text(html, "What we would do differently", content.wouldDoDifferently());
        contact(html, content);
        html.append("<p class=\"source\">From the Lessons Portal");
        if (source.address() != null) {
            html.append(": <a href=\"").append(escape(source.address())).append("\" title=\"The lesson's page\">")
                    .append(escape(source.address())).append("</a>");
        }
        html.append("</p></body></html>");
        return html.toString();
    }

    private static void about(StringBuilder html, LessonContent content) {
        html.append("<h2>About the project</h2><table class=\"facts\"><tbody>");
        fact(html, "Type of project", label(content.projectType()));
        fact(html, "Care settings", content.settings().isEmpty() ? null
                : content.settings().stream().map(Labelled::label).collect(Collectors.joining(", ")));
        fact(html, "Region", label(content.region()));
        fact(html, "Started", Formats.date(content.startedOn()));
        fact(html, "Completed", Formats.date(content.completedOn()));
        fact(html, "Technologies, suppliers and standards", String.join(", ", content.technologies()));
        fact(html, "Tags", String.join(", ", content.tags()));
        html.append("</tbody></table>");
    }

    private static void fact(StringBuilder html, String term, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.append("<tr><th scope=\"row\">").append(escape(term)).append("</th><td>").append(escape(value))
                .append("</td></tr>");
    }

    private static void text(StringBuilder html, String heading, String value) {
        if (value == null) {
            return;
        }
        html.append("<h2>").append(escape(heading)).append("</h2>");
        prose(html, value);
    }

    private static void challenges(StringBuilder html, List<Challenge> challenges) {
        if (challenges.isEmpty()) {
            return;
        }
        html.append("<h2>Challenges</h2><ol class=\"challenges\">");
        for (int i = 0; i < challenges.size(); i++) {
            Challenge challenge = challenges.get(i);
            html.append("<li><h3>Challenge ").append(i + 1);
            if (challenge.type() != null) {
                html.append(": ").append(escape(challenge.type().label()));
            }
            html.append("</h3>");
            if (challenge.description() != null) {
                html.append("<p class=\"label\">What happened</p>");
                prose(html, challenge.description());
            }
            if (challenge.resolution() != null) {
                html.append("<p class=\"label\">How it was resolved</p>");
                prose(html, challenge.resolution());
            }
            html.append("</li>");
        }
        html.append("</ol>");
    }

    private static void contact(StringBuilder html, LessonContent content) {
        if (content.contact() == null) {
            return;
        }
        String name = content.contact().name();
        String email = content.contact().email();
        html.append("<h2>Contact</h2><p>Ask ").append(escape(name == null ? "the author's team" : name));
        if (email != null) {
            html.append(" (");
            if (ContactLinks.isUsable(email)) {
                html.append("<a href=\"").append(escape(ContactLinks.mailto(email, content.title())))
                        .append("\" title=\"Write to ").append(escape(name == null ? email : name)).append("\">")
                        .append(escape(email)).append("</a>");
            } else {
                html.append(escape(email));
            }
            html.append(")");
        }
        html.append(" about this lesson.</p>");
    }

    /** Paragraphs at blank lines, line breaks kept within them. */
    private static void prose(StringBuilder html, String text) {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = paragraph.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br/>");
                }
                html.append(escape(lines[i]));
            }
            html.append("</p>");
        }
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    /**
     * Text made safe for XHTML element content and attribute values: markup characters become entities, and the
     * characters XML does not allow at all (most control characters, lone surrogates) are left out.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
