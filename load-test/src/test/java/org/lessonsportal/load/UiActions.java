package org.lessonsportal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a person does on a page of the portal, as HTTP requests of Vaadin's own protocol with the application's
 * protections on: a UI started on a page the browser loaded ({@code ?v-r=init} for the UI and its CSRF token, then the
 * router's first navigation), and actions on an open tab (each a {@code POST ?v-r=uidl} carrying the token,
 * {@code syncId}, {@code clientId} and the RPC messages the browser would send). Each action checks that the page
 * then shows what a working portal shows, and its time is recorded for the steady-state figures ({@link SteadyState}).
 */
final class UiActions {

    private UiActions() {
    }

    static VaadinUi ui(Session session) {
        return session.get(VaadinUi.SESSION_KEY);
    }

    /** The portal's client starting on a page the browser has loaded: a new UI, then its first view. */
    static ChainBuilder startUi(String name, String route, String shows) {
        return exec(session -> session.set(VaadinUi.SESSION_KEY, new VaadinUi()))
                .exec(http(name + ": a new UI").get("/?v-r=init&location=" + route + "&query=")
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> ui(session).init(body)).is("ok")))
                .exec(action(name, ui -> ui.request(VaadinUi.navigate("/" + route, "")),
                        page -> page.byId(shows).isPresent(), "#" + shows));
    }

    /**
     * One action on the open tab: the request {@code body} writes from the page as it is, sent; done when the answer
     * leaves the page showing what {@code expected} tests ({@code expectation} says it in words for the report).
     */
    static ChainBuilder action(String name, Function<VaadinUi, String> body, Predicate<UiTree> expected,
            String expectation) {
        return action(name, (ui, session) -> body.apply(ui), expected, expectation);
    }

    /** {@link #action(String, Function, Predicate, String)} whose request also reads the person's session. */
    static ChainBuilder action(String name, BiFunction<VaadinUi, Session, String> body, Predicate<UiTree> expected,
            String expectation) {
        return exec(http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> body.apply(ui(session), session)))
                .check(status().is(200))
                .check(responseTimeInMillis().saveAs("took"))
                .check(bodyString().transformWithSession((answer, session) -> {
                    String found = ui(session).answer(answer, expected, expectation);
                    if (!"ok".equals(found)) {
                        // Gatling's summary cuts messages short: the whole reason, once per failure
                        System.out.println("FAILED " + name + ": " + found);
                    }
                    return found;
                }).is("ok")))
                .exec(session -> {
                    SteadyState.record(name, session.contains("took") ? session.getInt("took") : -1,
                            !session.isFailed());
                    // each action counts on its own: a failure is not carried into the next one
                    return session.remove("took").markAsSucceeded();
                });
    }

    /** Follows a link of the page to another of the portal's pages (the router, not a new tab). */
    static ChainBuilder follow(String name, Function<UiTree, String> link, String shows) {
        return action(name, ui -> {
            String href = link.apply(ui.page());
            int query = href.indexOf('?');
            return ui.request(VaadinUi.navigate(query < 0 ? href : href.substring(0, query),
                    query < 0 ? "" : href.substring(query + 1)));
        }, page -> page.byId(shows).isPresent(), "#" + shows);
    }

    /** Types into a field that tells the server once typing pauses (the editor's fields, a review's comment). */
    static ObjectNode[] typeAndPause(UiTree page, String fieldId, String text) {
        int field = page.required(fieldId);
        return new ObjectNode[] {VaadinUi.sync(field, "value", text), VaadinUi.inputAfterPause(field)};
    }

    /** Chooses a radio button by its label, as a click on it does: the button checked, the group's value. */
    static ObjectNode[] chooseRadio(UiTree page, String groupId, String label) {
        int group = page.required(groupId);
        int button = page.all(group, "vaadin-radio-button").stream().filter(node -> page.text(node).equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("#" + groupId + " has no choice \"" + label + "\""));
        return new ObjectNode[] {VaadinUi.sync(button, "checked", true), VaadinUi.event(button, "checked-changed"),
                VaadinUi.sync(group, "value", page.property(button, "value")), VaadinUi.event(group, "value-changed")};
    }
}
