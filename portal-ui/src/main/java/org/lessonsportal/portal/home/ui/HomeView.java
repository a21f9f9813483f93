package org.lessonsportal.portal.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseView;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.Panel;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.StateTag;
import org.lessonsportal.portal.notification.ui.NotificationBroadcaster;
import org.lessonsportal.portal.notification.ui.NotificationItem;
import org.lessonsportal.portal.task.ui.TaskList;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;

/**
 * A signed-in person's starting point: their own lessons and where each one is, their open tasks with due dates,
 * their unread notifications (both kept up to date while the page is open) and the lessons published most recently.
 * Empty lists say what to do next.
 */
@Route(value = PortalRoutes.HOME, layout = MainLayout.class)
@PageTitle("Home - Lessons Portal")
@PermitAll
class HomeView extends Div {

    static final int RECENT = 5;

    private final ReviewTasks reviewTasks;
    private final Notifications notifications;
    private final NotificationBroadcaster broadcaster;

    HomeView(CurrentUserService currentUsers, LessonService lessons, ReviewTasks reviewTasks,
            Notifications notifications, NotificationBroadcaster broadcaster, LessonReuseService reuses) {
        this.reviewTasks = reviewTasks;
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        CurrentUser user = currentUsers.require();
        addClassName("home-page");
        H1 title = new H1("Welcome, " + user.name());
        title.setId("home-title");
        add(title);
        if (!user.hasOrganisation()) {
            return;
        }
        // the organisation's name leads to its page (its lessons, the help it offers, its pairings)
        Anchor organisation = new Anchor(PortalRoutes.organisation(user.active().odsCode()),
                user.active().displayName());
        organisation.setId("home-organisation");
        add(new Paragraph(new Span("You are signed in for "), organisation, new Span(" as "
                + user.rolesInPlainWords().toLowerCase(Locale.UK) + ".")));
        Actor actor = user.actor();

        if (user.hasRole(Roles.CONTRIBUTOR)) {
            add(yourLessons(lessons.writtenBy(actor)));
        }
        add(toDo(actor));
        List<ReuseView> asked = reuses.awaitingOutcome(actor);
        if (!asked.isEmpty()) {
            add(howDidItGo(asked, lessons, actor));
        }
        add(unread(actor));
        add(recentlyPublished(lessons.recentlyPublished(RECENT)));
    }

    private Div yourLessons(List<LessonSummary> mine) {
        Div panel = Panel.titled("your-lessons", "Your lessons");
        if (mine.isEmpty()) {
            panel.add(new Paragraph("You have no drafts yet — start a new lesson. When you finish a project, share "
                    + "what you learned so the next organisation can start from where you ended."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("item-list");
            for (LessonSummary lesson : mine) {
                list.add(item(lesson, lesson.state() == LessonState.DRAFT ? PortalRoutes.editLesson(lesson.id())
                        : PortalRoutes.lesson(lesson.id()), "Last changed " + Formats.date(lesson.updatedAt())));
            }
            panel.add(list);
        }
        Anchor start = new Anchor(PortalRoutes.NEW_LESSON, "Start a new lesson");
        start.addClassName("button-link");
        start.setId("start-lesson");
        panel.add(start);
        return panel;
    }

    private Div toDo(Actor actor) {
        return livePanel("your-tasks", "Your tasks", actor, content -> {
            List<ReviewTask> tasks = reviewTasks.openTasks(actor);
            if (tasks.isEmpty()) {
                content.add(new Paragraph("You have no tasks right now. We will show them here, and tell you, when "
                        + "someone asks you to review, change or publish a lesson."));
            } else {
                content.add(new TaskList(tasks));
                content.add(new Paragraph(new Anchor(PortalRoutes.TASKS, "See all your tasks")));
            }
        });
    }

    /** Lessons the person's organisation reuses and was asked about: "How did it go?" */
    private static Div howDidItGo(List<ReuseView> asked, LessonService lessons, Actor actor) {
        Div panel = Panel.titled("how-did-it-go", "How did it go?");
        panel.add(new Paragraph("Your organisation said it was using these lessons. Tell other organisations how it "
                + "went, on each lesson's page."));
        UnorderedList list = new UnorderedList();
        asked.forEach(r -> list.add(new ListItem(new Anchor(PortalRoutes.lesson(r.lessonId()) + "#reuse",
                lessons.get(r.lessonId(), actor).title()))));
        panel.add(list);
        return panel;
    }

    private Div unread(Actor actor) {
        return livePanel("your-notifications", "Notifications", actor, content -> {
            List<Notification> unread = notifications.list(actor.memberId(), 0, 20).stream()
                    .filter(n -> !n.isRead()).limit(RECENT).toList();
            if (unread.isEmpty()) {
                content.add(new Paragraph("You have no unread notifications."));
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("item-list");
                for (Notification notification : unread) {
                    list.add(NotificationItem.of(notification));
                }
                content.add(list);
            }
            content.add(new Paragraph(new Anchor(PortalRoutes.NOTIFICATIONS, "See all notifications")));
        });
    }

    /** A panel whose content ({@code id}-list) is filled now and again whenever its person gets a notification. */
    private Div livePanel(String id, String heading, Actor actor, Consumer<Div> fill) {
        Div panel = Panel.titled(id, heading);
        Div content = new Div();
        content.setId(id + "-list");
        panel.add(content);
        Runnable refill = () -> {
            content.removeAll();
            fill.accept(content);
        };
        refill.run();
        broadcaster.keepUpdated(content, actor.memberId(), refill);
        return panel;
    }

    private Div recentlyPublished(List<LessonSummary> recent) {
        Div panel = Panel.titled("recently-published", "Recently published");
        if (recent.isEmpty()) {
            panel.add(new Paragraph("No lessons have been published yet. Yours could be the first."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("item-list");
            recent.forEach(l -> list.add(publishedItem(l)));
            panel.add(list);
        }
        panel.add(new Paragraph(new Anchor(PortalRoutes.LESSONS, "See all published lessons")));
        Anchor follow = new Anchor(PortalRoutes.FOLLOWING,
                "Follow a type of project or a search to hear when a matching lesson is published");
        follow.setId("home-following");
        panel.add(new Paragraph(follow));
        return panel;
    }

    private static ListItem item(LessonSummary lesson, String href, String note) {
        ListItem item = new ListItem();
        Anchor link = new Anchor(href, Formats.title(lesson.title()));
        item.add(link, new StateTag(lesson.state()));
        Span detail = new Span(note);
        detail.addClassName("hint");
        item.add(detail);
        return item;
    }

    private static ListItem publishedItem(LessonSummary lesson) {
        ListItem item = new ListItem();
        item.add(new Anchor(PortalRoutes.lesson(lesson.id()), lesson.title()));
        Span detail = new Span("Published " + Formats.date(lesson.publishedOn()));
        detail.addClassName("hint");
        item.add(detail);
        return item;
    }
}
