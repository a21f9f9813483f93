package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonRecallService;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SimilarLessons;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.Names;
import org.lessonsportal.identity.PublicAddress;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.ReasonDialog;
import org.lessonsportal.portal.base.ui.StateTag;
import org.lessonsportal.portal.task.ui.TaskLinks;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * One lesson to read. Its author, reviewers, publishers and administrators also see where it is in review and its
 * history (rounds, decisions, who did what and when: {@link LessonHistory}). The buttons shown are the actions the
 * person may take now: edit and withdraw for the author, archive for administrators.
 */
@org.lessonsportal.portal.base.ui.OpenWithoutOrganisation
@Route(value = "lessons/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final ReviewService reviews;
    private final ReviewTasks reviewTasks;
    private final SearchService search;
    private final Names names;
    private final PublicAddress publicAddress;
    private final Actor actor;
    private final LessonRecallService recall;
    private final AuthorChoices choices;
    private final LessonReuseService reuses;
    private final OrganisationService organisations;
    private String title = "Lesson";
    private QueryParameters address = QueryParameters.empty();

    LessonView(LessonService lessons, ReviewService reviews, ReviewTasks reviewTasks, OrganisationService organisations,
            CurrentUserService currentUsers, SearchService search, LessonRecallService recall,
            PublicAddress address, LessonReuseService reuses) {
        this.publicAddress = address;
        this.lessons = lessons;
        this.reviews = reviews;
        this.reviewTasks = reviewTasks;
        this.search = search;
        this.names = new Names(organisations);
        this.actor = currentUsers.require().actor();
        this.recall = recall;
        this.choices = new AuthorChoices(lessons, recall, reviewTasks, actor);
        this.reuses = reuses;
        this.organisations = organisations;
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = Long.valueOf(event.getRouteParameters().get("id").orElseThrow());
        address = event.getLocation().getQueryParameters();
        show(lessons.get(id, actor));
    }

    /** The organisation's name, linking to its page (plain text for an organisation no longer in the portal). */
    private com.vaadin.flow.component.Component organisationLink(Long organisationId) {
        String name = names.organisation(organisationId);
        try {
            return new Anchor(PortalRoutes.organisation(organisations.get(organisationId).odsCode()), name);
        } catch (DomainException | IllegalArgumentException e) {
            return new Span(name);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " - Lessons Portal";
    }

    private void show(LessonDetails lesson) {
        removeAll();
        LessonTakeAway.backToSearch(address).ifPresent(this::add);
        title = Formats.title(lesson.title());
        H1 h1 = new H1(title);
        h1.setId("lesson-title");
        add(h1);

        Div meta = new Div();
        meta.addClassName("lesson-meta");
        StateTag tag = new StateTag(lesson.state());
        tag.setId("lesson-state");
        meta.add(tag);
        Span from = new Span(new com.vaadin.flow.component.Text("From "), organisationLink(lesson.organisationId()));
        from.setId("lesson-organisation");
        meta.add(from);
        if (lesson.publishedOn() != null) {
            meta.add(new Span("Published " + Formats.date(lesson.publishedOn())));
        } else {
            meta.add(new Span("Last changed " + Formats.date(lesson.updatedAt())));
        }
        add(meta);
        LessonTakeAway.tools(lesson).ifPresent(this::add);

        Set<Action> allowed = lessons.allowedActions(lesson.id(), actor);
        actions(lesson, allowed);
        if (lesson.state() == LessonState.ARCHIVED) {
            Div archived = new Div();
            archived.addClassName("panel");
            archived.addClassName("panel--warning");
            archived.setId("archived-notice");
            archived.add(new Paragraph("This lesson has been archived as out of date"
                    + (lesson.archiveReason() == null ? "." : ": " + lesson.archiveReason())));
            add(archived);
        }
        add(new BuildsOnLinks(lesson, lessons, actor));
        add(new LessonReader(lesson.content(), 2, lesson.state() == LessonState.DRAFT));
        add(LessonTakeAway.printedFrom(lesson.id(), publicAddress));
        if (lesson.state() == LessonState.PUBLISHED || lesson.state() == LessonState.ARCHIVED) {
            add(new ReuseSection(reuses, lesson.id(), actor, allowed.contains(Action.RECORD_REUSE)));
            add(QuestionsSection.of(lesson.id(), actor, allowed));
        }
        if (lesson.state() == LessonState.PUBLISHED) {
            similar(lesson.id());
        }
        if (allowed.contains(Action.VIEW_HISTORY)) {
            add(new LessonHistory(lesson, lessons, reviews, names, actor));
        }
    }

    /** "Similar lessons", when there are any; the page is whole without them. */
    private void similar(Long lessonId) {
        try {
            SimilarLessons similar = search.similarTo(lessonId, actor, SimilarLessonsSection.SIZE);
            if (!similar.isEmpty()) {
                add(new SimilarLessonsSection(similar));
            }
        } catch (DomainException notFound) {
            // the lesson left the index meanwhile (archived): no section
        }
    }

    private void actions(LessonDetails lesson, Set<Action> allowed) {
        Div actions = new Div();
        actions.addClassName("page-actions");
        actions.setId("lesson-actions");
        List<ReviewTask> tasks = lesson.state().isUnderReview() ? reviewTasks.openTasks(actor).stream()
                .filter(t -> t.lessonId().equals(lesson.id())).toList() : List.of();
        for (ReviewTask task : tasks) {
            if (task.kind() == TaskKind.PUBLISH) {
                actions.add(new PublisherActions(reviewTasks, actor, task,
                        () -> show(lessons.get(lesson.id(), actor))));
                continue;
            }
            Anchor link = switch (task.kind()) {
                case REVIEW -> new Anchor(PortalRoutes.review(task.id()), "Review this lesson");
                case REVISE -> new Anchor(PortalRoutes.revise(task.id()), TaskLinks.describe(task.kind()));
                default -> new Anchor(PortalRoutes.PUBLISH, task.kind().label() + ": go to the publish queue");
            };
            link.setId("task-" + task.kind().name().toLowerCase(Locale.UK).replace('_', '-'));
            link.addClassName("button-link");
            actions.add(link);
        }
        if (allowed.contains(Action.EDIT) && lesson.state() == LessonState.DRAFT) {
            Anchor edit = new Anchor(PortalRoutes.editLesson(lesson.id()), "Edit the lesson");
            edit.setId("edit-lesson");
            edit.addClassName("button-link");
            actions.add(edit);
        }
        if (allowed.contains(Action.TAKE_BACK) && recall.takeBackRefusal(lesson.id(), actor).isEmpty()) {
            actions.add(choices.takeBackButton(lesson, this::show));
        }
        choices.withdrawButton(lesson, this::show).ifPresent(actions::add);
        choices.deleteButton(lesson.id(), () -> { }).ifPresent(actions::add);
        if (allowed.contains(Action.ARCHIVE)) {
            Button archive = new Button("Archive", e -> archive(lesson));
            archive.setId("archive-lesson");
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private void archive(LessonDetails lesson) {
        ReasonDialog dialog = new ReasonDialog("Archive this lesson?",
                "Archived lessons stay readable, marked as out of date, and are no longer listed.",
                "Why is this lesson out of date?", "At least 5 characters. Readers will see this reason.",
                "Archive the lesson", true, reason -> {
                    lessons.archive(lesson.id(), actor, reason);
                    Notification.show("The lesson has been archived.", 6000, Notification.Position.TOP_CENTER);
                    show(lessons.get(lesson.id(), actor));
                });
        dialog.setId("archive-dialog");
        dialog.open();
    }
}
