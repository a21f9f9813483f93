package org.lessonsportal.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static org.lessonsportal.load.UiActions.action;
import static org.lessonsportal.load.UiActions.follow;
import static org.lessonsportal.load.UiActions.typeAndPause;
import static org.lessonsportal.load.VaadinUi.call;
import static org.lessonsportal.load.VaadinUi.click;
import static org.lessonsportal.load.VaadinUi.event;
import static org.lessonsportal.load.VaadinUi.sync;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A contributor: starts a new lesson and writes it section by section, pausing between them, each section saved
 * automatically once typing pauses (the first save makes the draft); chooses the type of project, the date and the
 * challenge's type from their lists; then submits it for review. The lessons submitted are what the reviewers review.
 */
final class Contributors {

    private static final AtomicInteger LESSONS = new AtomicInteger();

    private Contributors() {
    }

    static ChainBuilder oneLesson() {
        return exec(Think.pause(), follow("contributor: start a new lesson", page -> "lessons/new", "lesson-title"),
                exec(session -> session.set("lessonTitle", "Removing fax machines from the wards, load test "
                        + LESSONS.incrementAndGet())),
                Think.pause(),
                action("contributor: autosave a section", (ui, session) -> ui.request(typeAndPause(ui.page(),
                        "lesson-title", session.getString("lessonTitle"))), Contributors::saved, "\"Saved\""),
                write("lesson-summary", "We removed every fax machine from three wards by moving referrals to "
                        + "secure email."),
                choose("lesson-project-type", "Fax machine removal"),
                chooseOneOfMany("lesson-settings", "Acute hospital"),
                choose("lesson-region", "North West"),
                Think.pause(),
                action("contributor: choose a date", ui -> {
                    int field = ui.page().required("lesson-completed-on");
                    return ui.request(sync(field, "value", "2024-03-31"), event(field, "value-changed"),
                            sync(field, "_inputElementValue", "31/3/2024"), event(field, "change"));
                }, Contributors::saved, "\"Saved\""),
                write("lesson-context", "Three wards still faxed referrals to other trusts and to GP practices."),
                write("lesson-approach", "We mapped every fax number and moved each flow to secure email."),
                write("lesson-outcomes", "No faxes are sent any more; referrals arrive the same day."),
                choose("challenge-1-type", "Clinical engagement"),
                write("challenge-1-description", "Some consultants relied on faxes for urgent referrals."),
                write("challenge-1-resolution", "We ran a two-week pilot with them and agreed a phone back-up."),
                write("lesson-recommendations", "Start with an inventory of every fax number and who uses it."),
                Think.pause(),
                action("contributor: submit the lesson", ui -> ui.request(click(ui.page().required("submit-lesson"))),
                        page -> page.byId("lesson-state").isPresent(), "the submitted lesson"));
    }

    /** A pause, then a section typed and saved as typing pauses. */
    private static ChainBuilder write(String fieldId, String text) {
        return exec(Think.pause(), action("contributor: autosave a section",
                ui -> ui.request(typeAndPause(ui.page(), fieldId, text)), Contributors::saved, "\"Saved\""));
    }

    /** A pause, then an item chosen from a combo box: the list opened (its items sent), the item picked. */
    private static ChainBuilder choose(String fieldId, String label) {
        return exec(Think.pause(), openList(fieldId),
                action("contributor: choose from the list", ui -> {
                    int field = ui.page().required(fieldId);
                    return ui.request(sync(field, "value", ui.itemKey(field, label)), event(field, "value-changed"),
                            sync(field, "opened", false), event(field, "opened-changed"));
                }, Contributors::saved, "\"Saved\""));
    }

    /** As {@link #choose}, for a box that takes several items (the care settings): one item chosen. */
    private static ChainBuilder chooseOneOfMany(String fieldId, String label) {
        return exec(Think.pause(), openList(fieldId),
                action("contributor: choose from the list", ui -> {
                    int field = ui.page().required(fieldId);
                    Map<String, String> item = Map.of("key", ui.itemKey(field, label), "label", label,
                            "className", "");
                    return ui.request(sync(field, "selectedItems", List.of(item)),
                            event(field, "selected-items-changed"), sync(field, "opened", false),
                            event(field, "opened-changed"));
                }, Contributors::saved, "\"Saved\""));
    }

    /** A combo box opened: its client side asks for the first items. */
    private static ChainBuilder openList(String fieldId) {
        return action("contributor: open a list", ui -> {
            int field = ui.page().required(fieldId);
            return ui.request(call(field, "setViewportRange", 0, 50, ""), sync(field, "opened", true),
                    event(field, "opened-changed"));
        }, page -> true, "the list");
    }

    /** The editor says the draft is saved (not that it could not save it). */
    private static boolean saved(UiTree page) {
        return page.byId("save-status").map(page::text).filter(text -> text.startsWith("Saved")).isPresent();
    }
}
