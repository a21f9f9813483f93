package org.lessonsportal.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static org.lessonsportal.load.UiActions.action;
import static org.lessonsportal.load.UiActions.follow;
import static org.lessonsportal.load.VaadinUi.click;
import static org.lessonsportal.load.VaadinUi.event;
import static org.lessonsportal.load.VaadinUi.sync;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A reader: opens the lessons page, searches with one of many realistic questions, sometimes narrows the results with
 * a filter, opens one of the first results, reads it, and sometimes goes on to one of its similar lessons. A pause to
 * think and read between every action ({@link Think}).
 */
final class Readers {

    /** What NHS digital staff ask the portal, in their own words: varied, some short, some long, a few misspelt. */
    static final List<String> QUESTIONS = List.of("fax", "removing fax machines", "fax machine removal outpatients",
            "electronic patient record go-live", "EPR go live lessons", "e-prescribing", "electronic prescribing ePMA",
            "going paperless", "paperless outpatients", "shared care record", "joining data across organisations",
            "clinical engagement", "data migration", "windows 11 upgrade", "cyber security incident",
            "ambient voice technology", "AI triage", "digital dictation", "patient portal", "remote monitoring",
            "virtual wards", "single sign-on", "smartcards", "GP connect", "discharge summaries",
            "electronic observations", "bed management", "theatre scheduling", "pathology ordering", "radiology PACS",
            "procurement", "training staff before go-live", "information governance DPIA", "wifi coverage wards",
            "secure data environment", "population health analytics", "interoperability FHIR", "perscribing",
            "how did others get consultants on board", "benefits realisation");

    private Readers() {
    }

    static ChainBuilder oneVisit() {
        return exec(Think.pause(), follow("reader: open the lessons page", page -> "lessons", "search-text"),
                Think.pause(),
                exec(session -> session.set("question", QUESTIONS.get(ThreadLocalRandom.current()
                        .nextInt(QUESTIONS.size())))),
                action("reader: type a search", (ui, session) -> {
                    int field = ui.page().required("search-text");
                    return ui.request(sync(field, "value", session.getString("question")), event(field, "input"));
                }, page -> true, "the search box"),
                action("reader: search", ui -> ui.request(click(ui.page().required("search-button"))),
                        page -> page.byId("search-status").isPresent(), "#search-status"))
                .doIf(session -> ThreadLocalRandom.current().nextInt(100) < 30 && !filters(UiActions.ui(session).page())
                        .isEmpty()).then(exec(Think.pause(),
                        action("reader: filter the results", ui -> {
                            List<Integer> boxes = filters(ui.page());
                            int box = boxes.get(ThreadLocalRandom.current().nextInt(boxes.size()));
                            return ui.request(sync(box, "checked", true), event(box, "checked-changed"));
                        }, page -> page.byId("search-status").isPresent(), "#search-status")))
                .doIf(session -> !lessonLinks(UiActions.ui(session).page(), "lesson-list").isEmpty()).then(exec(
                        Think.pause(),
                        follow("reader: open a lesson", page -> pick(lessonLinks(page, "lesson-list"), 5),
                                "lesson-title"),
                        Think.pause())
                        .doIf(session -> ThreadLocalRandom.current().nextInt(100) < 50
                                && !lessonLinks(UiActions.ui(session).page(), "similar-lessons").isEmpty())
                        .then(follow("reader: open a similar lesson",
                                page -> pick(lessonLinks(page, "similar-lessons"), 5), "lesson-title")));
    }

    /** The filter boxes the search shows (none when nothing was found). */
    private static List<Integer> filters(UiTree page) {
        return page.byId("search-filters").map(filters -> page.all(filters, "vaadin-checkbox")).orElse(List.of());
    }

    /** The links to lessons under the element with this id (none if the page does not show it). */
    static List<String> lessonLinks(UiTree page, String underId) {
        return page.byId(underId).map(under -> page.links(under).stream()
                .filter(href -> href.matches("lessons/[0-9]+(\\?.*)?")).toList()).orElse(List.of());
    }

    /** One of the first {@code first} items, as a person picks among the top results. */
    static String pick(List<String> items, int first) {
        return items.get(ThreadLocalRandom.current().nextInt(Math.min(first, items.size())));
    }
}
