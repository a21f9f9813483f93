package org.lessonsportal.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static org.lessonsportal.load.UiActions.action;
import static org.lessonsportal.load.UiActions.chooseRadio;
import static org.lessonsportal.load.UiActions.follow;
import static org.lessonsportal.load.UiActions.typeAndPause;
import static org.lessonsportal.load.VaadinUi.click;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Optional;

/**
 * A reviewer: looks at their tasks; when a lesson waits for their review, opens it, reads it, says they have no
 * competing interest, approves it with a comment (saved as they type) and sends the review; when none waits, reads
 * lessons as a reader does.
 */
final class Reviewers {

    private static final String REVIEW_LINK = "Review this lesson: ";
    private static final String SAVED = "#review-save-status \"Saved at …\"";

    private Reviewers() {
    }

    static ChainBuilder oneVisit() {
        return exec(Think.pause(), follow("reviewer: open my tasks", page -> "tasks", "task-list"))
                .doIfOrElse(session -> reviewLink(UiActions.ui(session).page()).isPresent()).then(exec(
                        Think.pause(),
                        follow("reviewer: open a review", page -> reviewLink(page).orElseThrow(), "review-title"),
                        Think.pause(),
                        action("reviewer: no competing interest", ui -> ui.request(chooseRadio(ui.page(),
                                "competing-interest", "No, I have no competing interest")), Reviewers::saved, SAVED),
                        Think.pause(),
                        action("reviewer: approve", ui -> ui.request(chooseRadio(ui.page(), "review-decision",
                                "Approve: ready to publish")), Reviewers::saved, SAVED),
                        Think.pause(),
                        action("reviewer: write a comment", ui -> ui.request(typeAndPause(ui.page(),
                                "review-comment", "Clear and practical; the inventory advice is useful.")),
                                Reviewers::saved, SAVED),
                        Think.pause(),
                        action("reviewer: send the review", ui -> ui.request(click(ui.page().required("send-review"))),
                                page -> page.byId("task-list").isPresent(), "#task-list")))
                .orElse(Readers.oneVisit());
    }

    /** Each answer is saved as the reviewer gives it: the form then says "Saved at 14:32". */
    private static boolean saved(UiTree page) {
        return page.byId("review-save-status").map(page::text).filter(text -> text.startsWith("Saved at"))
                .isPresent();
    }

    private static Optional<String> reviewLink(UiTree page) {
        return page.byId("task-list").flatMap(list -> page.linkStartingWith(list, REVIEW_LINK));
    }
}
