package org.lessonsportal.portal.discover.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SimilarLesson;
import org.lessonsportal.domain.search.SimilarLessons;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.base.ui.ContactLinks;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Others have done this before": the published lessons from other organisations most like a project someone
 * describes, each with its organisation to contact, its type of project and why it matched. A status line (a polite
 * live region) says how many were found, so screen readers hear the answer change as people type.
 * <p>
 * Used on the "Starting a project?" page (always shown, with an empty state that says what to do) and next to the
 * lesson editor (shown only when something was found). Looking is never allowed to get in the way: the same question
 * is not asked twice in a row, and if the search fails the panel says so (or stays hidden) and nothing else on the
 * page is affected.
 */
public class SimilarLessonsPanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(SimilarLessonsPanel.class);

    /** How the panel behaves on its page. */
    public enum Mode {
        /** The "Starting a project?" page: always shown, empty states in words, summaries shown. */
        PAGE,
        /** Next to the lesson editor: hidden until something is found, compact. */
        EDITOR
    }

    private final SearchService search;
    private final Long excludeOrganisationId;
    private final int size;
    private final Mode mode;

    private final H2 heading;
    private final Paragraph status = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    private Question asked;
    private SimilarLessons shown = new SimilarLessons(List.of(), List.of());

    /** What was last looked for: the description as the search reads it, and the type. */
    private record Question(String description, ProjectType type) {
    }

    /**
     * @param excludeOrganisationId the person's organisation, whose own lessons are left out
     * @param size                  how many lessons to show at most
     * @param id                    the panel's element id; its parts' ids start with it
     */
    public SimilarLessonsPanel(SearchService search, Long excludeOrganisationId, int size, Mode mode,
            String headingText, String id) {
        this.search = search;
        this.excludeOrganisationId = excludeOrganisationId;
        this.size = Math.max(1, Math.min(size, SearchService.MAX_SIMILAR));
        this.mode = mode;
        setId(id);
        addClassNames("similar-lessons", mode == Mode.EDITOR ? "similar-lessons--editor" : "similar-lessons--page");

        heading = new H2(headingText);
        heading.setId(id + "-heading");
        status.setId(id + "-status");
        status.addClassName("similar-lessons__status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        empty.setId(id + "-empty");
        empty.addClassName("hint");
        list.setId(id + "-list");
        list.addClassName("similar-lessons__list");
        add(heading, status, empty, list);
        showIdle();
    }

    /**
     * Looks for lessons like the description (and type); does nothing when the question is the one last asked.
     *
     * @param description what the person wrote, however long (the search reads the first
     *                    {@value SearchService#MAX_DESCRIPTION} characters)
     * @param type        the project's type, or {@code null}
     */
    public void show(String description, ProjectType type) {
        String text = description == null ? "" : description.strip();
        Question question = new Question(text, type);
        if (question.equals(asked)) {
            return;
        }
        asked = question;
        if (text.isEmpty() && type == null) {
            showIdle();
            return;
        }
        SimilarLessons found;
        try {
            found = search.similar(text, type, excludeOrganisationId, size);
        } catch (DomainException e) {
            showProblem(e.getMessage());
            return;
        } catch (RuntimeException e) {
            // Finding similar lessons is a help, never a reason to lose the page (or the author's autosave).
            log.warn("Could not look for similar lessons", e);
            asked = null; // the same question may be asked again
            showProblem("We could not look for similar lessons just now. Try again in a minute.");
            return;
        }
        showLessons(found);
    }

    /** The lessons shown now, most similar first. */
    public List<SimilarLesson> lessons() {
        return shown.lessons();
    }

    /** Whether lessons are shown now (in the editor, the panel shows nothing else). */
    public boolean hasLessons() {
        return list.isVisible() && !shown.isEmpty();
    }

    /** What the status line says, e.g. "We found 3 lessons from other organisations like your project." */
    public String statusText() {
        return status.getText();
    }

    /** What the panel says when it has no lessons to show (empty when it has some). */
    public String emptyText() {
        return empty.isVisible() ? empty.getText() : "";
    }

    // --------------------------------------------------------------------------------------------------- showing

    private void showIdle() {
        shown = new SimilarLessons(List.of(), List.of());
        list.removeAll();
        list.setVisible(false);
        status.setText("");
        if (mode == Mode.PAGE) {
            empty.setText("Tell us a little more about your project — what you are changing, for whom and which "
                    + "systems are involved — or choose its type. We will then show lessons from other "
                    + "organisations that did something like it.");
            empty.setVisible(true);
        } else {
            empty.setVisible(false);
        }
        headingVisible(mode == Mode.PAGE);
    }

    private void showProblem(String message) {
        shown = new SimilarLessons(List.of(), List.of());
        list.removeAll();
        list.setVisible(false);
        if (mode == Mode.PAGE) {
            status.setText(message);
            empty.setVisible(false);
            headingVisible(true);
        } else {
            status.setText("");
            empty.setVisible(false);
            headingVisible(false);
        }
    }

    private void showLessons(SimilarLessons found) {
        shown = found;
        list.removeAll();
        int count = found.lessons().size();
        if (count == 0) {
            list.setVisible(false);
            if (mode == Mode.PAGE) {
                status.setText("We found no lessons from other organisations like your project yet.");
                empty.setText("Try describing it in other words: the problem you are solving, the system or "
                        + "supplier, the people who will use it. Or choose a different type of project.");
                empty.setVisible(true);
                headingVisible(true);
            } else {
                status.setText("");
                empty.setVisible(false);
                headingVisible(false);
            }
            return;
        }
        String like = mode == Mode.PAGE ? "like your project." : "like yours.";
        status.setText(count == 1 ? "We found 1 lesson from another organisation " + like
                : "We found " + count + " lessons from other organisations " + like);
        empty.setVisible(false);
        for (SimilarLesson lesson : found.lessons()) {
            list.add(item(lesson));
        }
        list.setVisible(true);
        headingVisible(true);
    }

    private void headingVisible(boolean visible) {
        heading.setVisible(visible);
        // In the editor the panel's frame disappears when there is nothing to show, but its status line stays on the
        // page (empty), so that the first lessons found are announced.
        getElement().getClassList().set("similar-lessons--empty", !visible);
    }

    private ListItem item(SimilarLesson lesson) {
        ListItem item = new ListItem();
        item.addClassName("similar-lesson");
        H3 title = new H3(new Anchor(PortalRoutes.lesson(lesson.lessonId()), lesson.title()));
        title.addClassName("similar-lesson__title");
        item.add(title);
        if (mode == Mode.PAGE && lesson.summary() != null && !lesson.summary().isBlank()) {
            Paragraph summary = new Paragraph(lesson.summary());
            summary.addClassName("similar-lesson__summary");
            item.add(summary);
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("similar-lesson__facts");
        fact(facts, "To contact", contact(lesson));
        fact(facts, "Type of project", new Span(lesson.projectType() == null ? "Not given"
                : lesson.projectType().label()));
        fact(facts, "Why it matched", new Span(reason(lesson)));
        if (mode == Mode.PAGE && lesson.publishedOn() != null) {
            fact(facts, "Published", new Span(Formats.date(lesson.publishedOn())));
        }
        item.add(facts);
        return item;
    }

    private static void fact(DescriptionList facts, String term, Span description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    /**
     * Whom to ask: the person who agreed to be asked, by name and with a link to write to them, at their organisation;
     * when no one is named, the organisation's team and how to reach them (the lesson's page, and their digital team
     * through the usual NHS routes), never only a code.
     */
    private static Span contact(SimilarLesson lesson) {
        SimilarLesson.ContactPoint contact = lesson.contact();
        Span span = new Span();
        span.addClassName("similar-lesson__contact");
        String organisation = contact == null || contact.organisationName() == null
                || contact.organisationName().isBlank() ? "the organisation that wrote it" : contact.organisationName();
        if (contact != null && contact.organisationOdsCode() != null && !contact.organisationOdsCode().isBlank()) {
            organisation += " (ODS code " + contact.organisationOdsCode() + ")";
        }
        String name = contact == null || contact.contactName() == null || contact.contactName().isBlank() ? null
                : contact.contactName();
        String email = contact == null ? null : contact.contactEmail();
        if (name == null && !ContactLinks.isUsable(email)) {
            span.setText("No one is named for this lesson. Ask the digital team at " + organisation
                    + ", and mention the lesson's title.");
            return span;
        }
        Span who = new Span(name == null ? "The lesson's team" : name);
        who.addClassName("similar-lesson__contact-name");
        span.add(who, new Text(" at " + organisation));
        if (ContactLinks.isUsable(email)) {
            span.add(new Text(": "), ContactLinks.anchor(email, lesson.title()));
        }
        return span;
    }

    private static String reason(SimilarLesson lesson) {
        String because = lesson.reason() == null ? "" : lesson.reason().describe(lesson.projectType());
        return because.isEmpty() ? "Its wording is close to your description." : because;
    }
}
