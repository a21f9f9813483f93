package org.lessonsportal.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;


/**
 * One open browser tab of the portal, as Vaadin's client keeps it: the UI's number, the CSRF token the server gave
 * it, the last answer's {@code syncId}, the {@code clientId} the server expects next, and the page ({@link UiTree}).
 * It writes the requests the browser writes (the same RPC messages, as recorded from Chromium) and reads the answers,
 * telling what went wrong in plain words when an answer is not what a working page would get.
 */
final class VaadinUi {

    static final String SESSION_KEY = "vaadinUi";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER_PREFIX = "for(;;);";
    // What the browser sends with a click (the server reads these for its click events)
    private static final String CLICK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":120,\"event.clientY\":340,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":430,\"event.screenX\":130}";
    // A field that tells the server after a pause in typing sends this with its input event
    private static final String AFTER_A_PAUSE = "{\"1\":1,\"for\":\"trailing\"}";

    private final UiTree page = new UiTree();
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    // the items each combo box's client side holds: node → label → key (the server sends a list once)
    private final Map<Integer, Map<String, String>> listItems = new HashMap<>();

    UiTree page() {
        return page;
    }

    int uiId() {
        return uiId;
    }

    /** Reads the answer to {@code ?v-r=init}: the UI's number, its token and the first changes. */
    String init(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            uiId = config.path("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
            if (csrfToken == null) {
                return "the page gave no security key: " + abbreviate(body);
            }
            syncId = uidl.path("syncId").asInt(-1);
            clientId = uidl.path("clientId").asInt();
            page.apply(uidl.path("changes"));
            return "ok";
        } catch (JsonProcessingException e) {
            return "the page's start was not Vaadin's: " + abbreviate(body);
        }
    }

    /**
     * Reads the answer to a UIDL request and says "ok" if it is a working page's answer on which {@code expected}
     * holds; otherwise what is wrong (the session ended, the server's error, the page not showing what it should).
     */
    String answer(String body, Predicate<UiTree> expected, String expectation) {
        if (!body.startsWith(ANSWER_PREFIX)) {
            return "not an answer of Vaadin's: " + abbreviate(body);
        }
        try {
            for (JsonNode message : JSON.readTree(body.substring(ANSWER_PREFIX.length()))) {
                JsonNode meta = message.path("meta");
                if (meta.path("sessionExpired").asBoolean() || meta.has("appError")) {
                    return "the server ended the page: " + abbreviate(meta.toString());
                }
                if (message.has("redirect")) {
                    return "sent elsewhere: " + abbreviate(message.get("redirect").toString());
                }
                if (message.has("syncId")) {
                    syncId = message.get("syncId").asInt();
                }
                if (message.has("clientId")) {
                    clientId = message.get("clientId").asInt();
                }
                page.apply(message.path("changes"));
                keepListItems(message.path("execute"));
            }
        } catch (JsonProcessingException e) {
            return "an answer that is not JSON: " + abbreviate(body);
        }
        if (expected.test(page)) {
            return "ok";
        }
        // what the page tells the person instead, when it shows a list of problems
        return "the page does not show " + expectation + page.byId("error-summary")
                .map(summary -> "; it says: " + abbreviate(page.text(summary))).orElse("");
    }

    /** The key a combo box's client side knows the item with this label by (the server sent it the list). */
    String itemKey(int node, String label) {
        String key = listItems.getOrDefault(node, Map.of()).get(label);
        if (key == null) {
            throw new IllegalStateException("the list has no item \"" + label + "\"");
        }
        return key;
    }

    /** Keeps the items of the {@code $connector.set(…)} calls an answer has the browser run for combo boxes. */
    private void keepListItems(JsonNode execute) {
        for (JsonNode call : execute) {
            JsonNode script = call.get(call.size() - 1);
            if (call.size() >= 3 && script.asText().contains("$connector.set(") && call.get(0).isArray()) {
                Map<String, String> items = listItems.computeIfAbsent(call.get(0).path(1).asInt(),
                        node -> new HashMap<>());
                for (JsonNode item : call.get(2).path(1)) {
                    items.put(item.path("label").asText(), item.path("key").asText());
                }
            }
        }
    }

    /** A request as the browser sends it, with these RPC messages (a JSON array's elements, in order). */
    String request(ObjectNode... rpcs) {
        ObjectNode request = JSON.createObjectNode();
        request.put("csrfToken", csrfToken);
        ArrayNode list = request.putArray("rpc");
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        request.put("syncId", syncId);
        request.put("clientId", clientId);
        return request.toString();
    }

    /** The router's navigation to another page of the same tab (a link followed). */
    static ObjectNode navigate(String route, String query) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", "client");
        data.putObject("historyState").put("idx", 0);
        return event(1, "ui-navigate", data);
    }

    /** A property the browser tells the server, as a field does when its value changes. */
    static ObjectNode sync(int node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    static ObjectNode event(int node, String event, JsonNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode event(int node, String event) {
        return event(node, event, JSON.createObjectNode());
    }

    static ObjectNode click(int node) {
        return event(node, "click", parse(CLICK));
    }

    /** The input event of a field that tells the server once typing pauses (the editor's and the review's). */
    static ObjectNode inputAfterPause(int node) {
        return event(node, "input", parse(AFTER_A_PAUSE));
    }

    /** A method a component's client side calls on the server (a combo box asking for its items, say). */
    static ObjectNode call(int node, String method, Object... arguments) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(arguments));
        return rpc.put("promise", 0);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
