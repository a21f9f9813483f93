package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonRecallService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.discover.ui.SimilarLessonsPanel;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * Writing a lesson ("lessons/new") or carrying on with a draft ("lessons/42/edit"). Submitting starts its review.
 * A lesson back with its author for changes is revised on its revise task, where the reviewers' comments are.
 */
@Route(value = PortalRoutes.NEW_LESSON, layout = MainLayout.class)
@RouteAlias(value = "lessons/:id([0-9]{1,18})/edit", layout = MainLayout.class)
@RolesAllowed(Roles.CONTRIBUTOR)
class LessonEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    /** How many similar lessons are shown next to the form at most. */
    static final int SIMILAR = 5;

    private final LessonService lessons;
    private final ReviewTasks reviewTasks;
    private final Actor actor;
    private final H1 heading = new H1();
    /** "Your lesson will build on …", when a new lesson was started from a lesson the organisation reused. */
    private final Paragraph buildsOnNote = new Paragraph();
    /** The published lesson a new lesson will build on, or {@code null}. */
    private Long buildsOn;
    /** "Saved automatically as you type": shown only while the lesson can be changed. */
    final Paragraph intro = new Paragraph();
    private final AuthorChoices choices;
    final LessonEditor editor;
    /** "Others have done this before": lessons from other organisations like the one being written. */
    final SimilarLessonsPanel similar;

    LessonEditorView(LessonService lessons, ReviewTasks reviewTasks, CurrentUserService currentUsers,
            SearchService search, LessonRecallService recall) {
        this.lessons = lessons;
        this.reviewTasks = reviewTasks;
        this.actor = currentUsers.require().actor();
        heading.setId("editor-title");
        intro.setText("Your lesson is saved automatically as you type. Until it is published, only "
                + "people in your organisation and, once you submit it, its reviewers and publishers can see it.");
        intro.addClassName("lede");
        AuthorChoices choices = new AuthorChoices(lessons, recall, reviewTasks, actor);
        similar = new SimilarLessonsPanel(search, actor.organisationId(), SIMILAR, SimilarLessonsPanel.Mode.EDITOR,
                "Others have done this before", "similar-lessons");
        editor = new LessonEditor(lessons, actor, "Submit for review",
                (id, version) -> reviewTasks.submit(id, actor, version), this::submitted);
        editor.explainWith(lesson -> {
            intro.setVisible(false);
            similar.setVisible(false);
            heading.setText("Your lesson");
            return choices.explain(lesson, changed -> {
                intro.setVisible(true);
                similar.setVisible(true);
                heading.setText("Edit your lesson");
                load(changed, choices);
            });
        });
        this.choices = choices;
        editor.onCreated(id -> {
            linkToBase(id);
            choices.deleteButton(id, editor::discard).ifPresent(editor::setExtraAction);
            heading.setText("Edit your lesson");
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, PortalRoutes.editLesson(id)));
            MainLayout.addressChanged(this, PortalRoutes.editLesson(id));
        });
        // told after the autosave (registered first), once typing pauses: looking never holds the saving up
        editor.form().addChangeListener(this::findSimilar);
        Div columns = new Div(editor, similar);
        columns.addClassName("editor-columns");
        buildsOnNote.setId("builds-on-note");
        buildsOnNote.setVisible(false);
        add(heading, intro, buildsOnNote, columns);
    }

    /** The new draft exists: it builds on the lesson it was started from. */
    private void linkToBase(Long lessonId) {
        if (buildsOn == null) {
            return;
        }
        try {
            lessons.buildOn(lessonId, actor, buildsOn);
        } catch (DomainException e) {
            buildsOnNote.setText("Your lesson could not be linked to the lesson it builds on: " + e.getMessage());
        }
    }

    /** {@code ?buildsOn=42} on a new lesson: a published lesson the author may read, or nothing. */
    private void startFrom(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("buildsOn")
                .filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).ifPresent(id -> {
                    try {
                        LessonDetails base = lessons.get(id, actor);
                        if (base.state() == LessonState.PUBLISHED) {
                            buildsOn = id;
                            buildsOnNote.setText("Your lesson will build on \"" + base.title() + "\": both lessons "
                                    + "will link to each other once yours is published.");
                            buildsOnNote.setVisible(true);
                        }
                    } catch (NotFoundException e) {
                        // not a lesson this person may read: write a lesson of its own
                    }
                });
    }

    /** Looks for similar lessons from what the form says about the project: title, summary, context and type. */
    private void findSimilar() {
        LessonContent content = editor.form().read();
        String description = String.join("\n", Stream.of(content.title(), content.summary(), content.context())
                .filter(Objects::nonNull).toList());
        similar.show(description, content.projectType());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            heading.setText("Write a lesson");
            startFrom(event);
            return;
        }
        LessonDetails lesson = lessons.get(Long.valueOf(id.get()), actor);
        if (lesson.state() == LessonState.CHANGES_REQUESTED) {
            Optional<String> revise = reviewTasks.openTasks(actor).stream()
                    .filter(t -> t.kind() == TaskKind.REVISE && t.lessonId().equals(lesson.id()))
                    .map(t -> t.id()).findFirst();
            if (revise.isPresent()) {
                event.forwardTo(PortalRoutes.revise(revise.get()));
                return;
            }
        }
        heading.setText("Edit your lesson");
        load(lesson, choices);
    }

    private void load(LessonDetails lesson, AuthorChoices choices) {
        editor.load(lesson);
        if (editor.isEditable()) {
            choices.deleteButton(lesson.id(), editor::discard).ifPresent(editor::setExtraAction);
        }
        findSimilar();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editor.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " - Lessons Portal";
    }

    private void submitted(LessonDetails lesson) {
        Notification.show("Your lesson has been submitted for review. We will tell you when reviewers have looked "
                + "at it.", 8000, Notification.Position.TOP_CENTER);
        UI.getCurrent().navigate(PortalRoutes.lesson(lesson.id()));
    }
}
