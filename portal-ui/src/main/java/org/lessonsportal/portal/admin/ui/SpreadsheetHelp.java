package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.lessonsportal.domain.lesson.ExchangeFields;

/**
 * How to lay out a spreadsheet of lessons for import (CSV), with a template to download: the headings row that a
 * trust's own spreadsheet can be copied into.
 */
final class SpreadsheetHelp {

    /** Columns for this many challenges in the template; more can be added by the same pattern. */
    static final int TEMPLATE_CHALLENGES = 3;

    private SpreadsheetHelp() {
    }

    static Details create() {
        Div body = new Div();
        body.add(new Paragraph("Save the spreadsheet as \"CSV UTF-8 (Comma delimited)\" (in Excel: File, Save As). "
                + "The first row holds the headings; each row after it is one lesson. The headings are the labels "
                + "used in the lesson form, in any order and any case; leave out columns you do not use."));
        UnorderedList rules = new UnorderedList();
        rules.add(new ListItem("Headings: " + ExchangeFields.spreadsheetHeadings(1).stream()
                .map(h -> "\"" + h + "\"").collect(Collectors.joining(", ")) + ". Add \"Challenge 2: …\" and so on "
                + "for more challenges."));
        rules.add(new ListItem("Every lesson needs the organisation's ODS code (\"Organisation code\"), and the "
                + "parts a submitted lesson needs: title, summary, type of project, care settings, region, "
                + "completion date, context, approach, outcomes, recommendations and at least one challenge."));
        rules.add(new ListItem("Type of project, care settings, region and type of challenge: the words shown in "
                + "the lesson form, such as \"Acute hospital\", or the codes of the JSON format."));
        rules.add(new ListItem("Several care settings, technologies or tags in one cell: separate them with "
                + "semicolons (;) or put each on its own line."));
        rules.add(new ListItem("Dates: 31/03/2023 or 2023-03-31."));
        rules.add(new ListItem("Spreadsheet programs put a cell in double quotes when it holds a comma, a line "
                + "break or a quote; nothing else is needed. \"Id\" is optional: with it, importing again updates "
                + "the lesson instead of adding it twice."));
        body.add(rules);
        Anchor template = new Anchor(templateHandler(), "Download a spreadsheet template (CSV)");
        template.setId("spreadsheet-template");
        body.add(new Paragraph(template));
        Details details = new Details("How to lay out a spreadsheet (CSV)", body);
        details.setId("spreadsheet-help");
        return details;
    }

    private static DownloadHandler templateHandler() {
        return event -> {
            event.setFileName("lessons-template.csv");
            event.setContentType("text/csv;charset=UTF-8");
            OutputStream out = event.getOutputStream();
            out.write(template().getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The headings row, with a byte order mark so Excel opens it as UTF-8. */
    static String template() {
        List<String> headings = ExchangeFields.spreadsheetHeadings(TEMPLATE_CHALLENGES);
        return "\uFEFF" + headings.stream().map(SpreadsheetHelp::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
