package org.lessonsportal.portal.discover.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.lessonsportal.domain.search.Playbook;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * One kind of challenge in a playbook: how many of its lessons met it (in words, and as a bar for the eye), how
 * organisations resolved it, in their words with a link to each lesson, and a link to search for all its lessons.
 */
class PlaybookEntry extends ListItem {

    PlaybookEntry(Playbook.Entry entry, Playbook playbook, ProjectType type, Setting chosenSetting) {
        addClassName("playbook-entry");
        setId("challenge-" + entry.challengeType().code());
        H3 heading = new H3(entry.challengeType().label() + " — " + entry.lessonCount() + " of "
                + PlaybookView.lessons(playbook.lessonCount()));
        heading.addClassName("playbook-entry__heading");
        add(heading);

        // the share as a bar; the heading already says it in words, so the bar is hidden from screen readers
        Div bar = new Div();
        bar.addClassName("playbook-entry__bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        Div fill = new Div();
        fill.addClassName("playbook-entry__fill");
        fill.getStyle().set("width", Math.round(entry.share(playbook.lessonCount()) * 100) + "%");
        bar.add(fill);
        add(bar);

        if (!entry.resolutions().isEmpty()) {
            add(new H4("How others resolved it"));
            UnorderedList resolutions = new UnorderedList();
            resolutions.addClassName("playbook-entry__resolutions");
            for (Playbook.Resolution resolution : entry.resolutions()) {
                resolutions.add(resolution(resolution));
            }
            add(resolutions);
        }
        String what = entry.challengeType().label().toLowerCase(Locale.UK);
        String lessons = entry.lessonCount() == 1 ? "See the lesson with " + what + " challenges"
                : "See the " + entry.lessonCount() + " lessons with " + what + " challenges";
        Anchor all = new Anchor(PlaybookView.searchAddress(type, chosenSetting, entry), lessons);
        all.setId("challenge-" + entry.challengeType().code() + "-lessons");
        add(new Paragraph(all));
    }

    private static ListItem resolution(Playbook.Resolution resolution) {
        ListItem item = new ListItem();
        item.addClassNames("playbook-resolution", "quote");
        if (resolution.challenge() != null && !resolution.challenge().isBlank()) {
            item.add(labelled("What happened: ", resolution.challenge()));
        }
        item.add(labelled("What they did: ", resolution.resolution()));
        Paragraph source = new Paragraph();
        source.addClassNames("hint", "playbook-resolution__source");
        String organisation = resolution.organisationName() == null ? "An organisation"
                : resolution.organisationName();
        if (resolution.organisationOdsCode() != null) {
            organisation += " (ODS code " + resolution.organisationOdsCode() + ")";
        }
        source.add(new Span("— " + organisation + ", in "),
                new Anchor(PortalRoutes.lesson(resolution.lessonId()), resolution.lessonTitle()));
        item.add(source);
        return item;
    }

    private static Paragraph labelled(String label, String text) {
        Span strong = new Span(label);
        strong.addClassName("playbook-resolution__label");
        Paragraph paragraph = new Paragraph(strong, new Span(text == null ? "" : text));
        paragraph.addClassName("prose");
        return paragraph;
    }
}
