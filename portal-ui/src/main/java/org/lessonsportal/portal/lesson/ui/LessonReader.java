package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.portal.base.ui.ContactLinks;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * A lesson to read: a heading per section, the challenges as a numbered list with their type, what happened and how
 * it was resolved. Used by the lesson page, the preview, and the review pages, which can add their own things
 * (comments, changes) under a section with {@link #addToSection}.
 */
public class LessonReader extends Div {

    /** The reader's sections, in order. */
    public static final String ABOUT = "about";

    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final int level;
    private final boolean draft;

    /**
     * @param level the heading level of the sections: 2 on a page whose h1 is the title, 3 inside a dialog or a
     *              column that has its own h2
     * @param draft whether to say "not written yet" for parts still missing
     */
    public LessonReader(LessonContent content, int level, boolean draft) {
        this.level = level;
        this.draft = draft;
        addClassName("lesson-reader");
        if (content.summary() != null) {
            Paragraph summary = new Paragraph(content.summary());
            summary.addClassName("lede");
            summary.addClassName("prose");
            add(summary);
        } else if (draft) {
            add(missing("No summary yet."));
        }
        about(content);
        text(LessonFields.CONTEXT, "Context", content.context(), true);
        text(LessonFields.APPROACH, "What we did", content.approach(), true);
        text(LessonFields.OUTCOMES, "Outcomes", content.outcomes(), true);
        challenges(content.challenges());
        text(LessonFields.RECOMMENDATIONS, "Recommendations", content.recommendations(), true);
        text(LessonFields.WOULD_DO_DIFFERENTLY, "What we would do differently", content.wouldDoDifferently(), false);
        contact(content);
    }

    /** The reader's section a field belongs to ({@code title}, {@code settings} … are "about"). */
    public static String sectionOf(String fieldKey) {
        if (fieldKey == null) {
            return ABOUT;
        }
        if (fieldKey.startsWith(LessonFields.CHALLENGES)) {
            return LessonFields.CHALLENGES;
        }
        if (fieldKey.startsWith(LessonFields.CONTACT)) {
            return LessonFields.CONTACT;
        }
        return switch (fieldKey) {
            case LessonFields.CONTEXT, LessonFields.APPROACH, LessonFields.OUTCOMES, LessonFields.RECOMMENDATIONS,
                    LessonFields.WOULD_DO_DIFFERENTLY -> fieldKey;
            default -> ABOUT;
        };
    }

    /** Adds something under a section (see {@link #sectionOf}); sections not shown are created at the end. */
    public void addToSection(String sectionKey, Component component) {
        Section section = sections.get(sectionKey);
        if (section == null) {
            section = section(sectionKey, LessonFields.label(sectionKey));
        }
        section.add(component);
    }

    private void about(LessonContent content) {
        Section section = section(ABOUT, "About the project");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "Type of project", label(content.projectType()));
        fact(facts, "Care settings", labels(content.settings()));
        fact(facts, "Region", label(content.region()));
        if (content.startedOn() != null || content.completedOn() != null) {
            String dates = (content.startedOn() == null ? "" : "Started " + Formats.date(content.startedOn()))
                    + (content.startedOn() != null && content.completedOn() != null ? ", " : "")
                    + (content.completedOn() == null ? "" : (content.startedOn() == null ? "Completed " : "completed ")
                            + Formats.date(content.completedOn()));
            fact(facts, "When", dates);
        }
        if (!content.technologies().isEmpty()) {
            fact(facts, "Technologies, suppliers and standards", String.join(", ", content.technologies()));
        }
        if (!content.tags().isEmpty()) {
            fact(facts, "Tags", String.join(", ", content.tags()));
        }
        section.add(facts);
    }

    private void fact(DescriptionList facts, String term, String value) {
        if (value == null || value.isBlank()) {
            if (!draft) {
                return;
            }
            value = "Not given yet";
        }
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private void text(String key, String heading, String value, boolean required) {
        if (value == null && !(draft && required)) {
            return;
        }
        Section section = section(key, heading);
        section.add(value == null ? missing("Not written yet.") : prose(value));
    }

    private void challenges(List<Challenge> challenges) {
        if (challenges.isEmpty() && !draft) {
            return;
        }
        Section section = section(LessonFields.CHALLENGES, "Challenges");
        if (challenges.isEmpty()) {
            section.add(missing("No challenges yet."));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("challenge-list");
        for (int i = 0; i < challenges.size(); i++) {
            Challenge challenge = challenges.get(i);
            ListItem item = new ListItem();
            item.addClassName("challenge");
            String type = challenge.type() == null ? "type not chosen yet" : challenge.type().label();
            item.add(heading(level + 1, "Challenge " + (i + 1) + ": " + type));
            item.add(label("What happened"));
            item.add(challenge.description() == null ? missing("Not written yet.") : prose(challenge.description()));
            item.add(label("How it was resolved"));
            item.add(challenge.resolution() == null ? missing("Not written yet.") : prose(challenge.resolution()));
            list.add(item);
        }
        section.add(list);
    }

    private void contact(LessonContent content) {
        if (content.contact() == null) {
            return;
        }
        Section section = section(LessonFields.CONTACT, "Contact");
        String name = content.contact().name() == null ? "" : content.contact().name();
        String email = content.contact().email() == null ? "" : content.contact().email();
        Paragraph ask = new Paragraph("Ask " + (name.isEmpty() ? "the author's team" : name));
        if (ContactLinks.isUsable(email)) {
            // the reader's e-mail program opens, addressed, with the lesson's title as the subject
            ask.add(new Text(" ("), ContactLinks.anchor(email, content.title()), new Text(")"));
        } else if (!email.isEmpty()) {
            ask.add(new Text(" (" + email + ")"));
        }
        ask.add(new Text(" about this lesson."));
        section.add(ask);
    }

    private Section section(String key, String heading) {
        Section section = new Section();
        section.addClassName("lesson-section");
        section.getElement().setAttribute("data-section", key);
        section.add(heading(level, heading));
        sections.put(key, section);
        add(section);
        return section;
    }

    static HtmlContainer heading(int level, String text) {
        return switch (Math.min(level, 4)) {
            case 2 -> new H2(text);
            case 3 -> new H3(text);
            default -> new H4(text);
        };
    }

    private static Paragraph prose(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("prose");
        return paragraph;
    }

    private static Paragraph label(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("challenge__label");
        return paragraph;
    }

    private static Paragraph missing(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("hint");
        return paragraph;
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    private static String labels(List<? extends Labelled> values) {
        return values.isEmpty() ? null : values.stream().map(Labelled::label).collect(Collectors.joining(", "));
    }
}
