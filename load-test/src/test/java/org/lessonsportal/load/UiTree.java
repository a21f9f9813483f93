package org.lessonsportal.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The page as a browser holds it: Vaadin's tree of elements, built from the changes each answer carries (attach, put,
 * splice, clear, detach), so that a simulated person finds a field, a button or a link as a person does, by what it
 * is, and sends the node the server expects. Only the parts the load tests read are kept: tags, properties,
 * attributes, children and text.
 */
final class UiTree {

    // Vaadin's node features, as numbered in its protocol: a tag, properties, children, attributes, a text node's text
    private static final int ELEMENT_DATA = 0, PROPERTIES = 1, CHILDREN = 2, ATTRIBUTES = 3, TEXT = 7;

    private final Map<Integer, Node> nodes = new HashMap<>();

    private static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }
    }

    /** Applies one answer's changes, in order. */
    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (change.get("type").asText()) {
                case "put" -> put(node, feature, change.get("key").asText(), change.get("value"));
                case "remove" -> remove(node, feature, change.get("key").asText());
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    }
                }
                case "detach" -> nodes.remove(id);
                default -> { } // attach: the node was made above; other kinds change nothing read here
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        if (value == null) {
            return;
        }
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case TEXT -> node.text = value.asText();
            default -> { }
        }
    }

    private static void remove(Node node, int feature, String key) {
        if (feature == PROPERTIES) {
            node.properties.remove(key);
        } else if (feature == ATTRIBUTES) {
            node.attributes.remove(key);
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        if (feature != CHILDREN) {
            return;
        }
        int index = Math.min(change.path("index").asInt(), node.children.size());
        int removed = Math.min(change.path("remove").asInt(0), node.children.size() - index);
        node.children.subList(index, index + removed).clear();
        List<Integer> added = new ArrayList<>();
        for (JsonNode child : change.path("addNodes")) {
            added.add(child.asInt());
        }
        node.children.addAll(index, added);
    }

    /** The node whose {@code id} attribute is this, if the page shows it. */
    Optional<Integer> byId(String elementId) {
        return nodes.values().stream()
                .filter(node -> node.attributes.containsKey("id")
                        && elementId.equals(node.attributes.get("id").asText()))
                .map(node -> node.id)
                .findFirst();
    }

    /** The node with this id attribute; fails the action (as a person would be stuck) if the page lacks it. */
    int required(String elementId) {
        return byId(elementId).orElseThrow(() -> new IllegalStateException("the page has no #" + elementId));
    }

    /** The text a node shows, its own and its descendants', as the browser would render it. */
    String text(int id) {
        StringBuilder text = new StringBuilder();
        collectText(id, text);
        return text.toString().strip();
    }

    private void collectText(int id, StringBuilder text) {
        Node node = nodes.get(id);
        if (node == null) {
            return;
        }
        if (node.text != null) {
            text.append(node.text).append(' ');
        }
        node.children.forEach(child -> collectText(child, text));
    }

    /** The addresses of the links under a node, in page order (a lesson's similar lessons, the search results…). */
    List<String> links(int under) {
        return descendants(under).filter(node -> "a".equals(node.tag) && node.attributes.containsKey("href"))
                .map(node -> node.attributes.get("href").asText()).toList();
    }

    /** The address of the link under a node whose text starts with this, if there is one. */
    Optional<String> linkStartingWith(int under, String start) {
        return descendants(under).filter(node -> "a".equals(node.tag) && node.attributes.containsKey("href"))
                .filter(node -> text(node.id).startsWith(start))
                .map(node -> node.attributes.get("href").asText()).findFirst();
    }

    /** Every node of this tag under another, in page order (a search's filter boxes, say). */
    List<Integer> all(int under, String tag) {
        return descendants(under).filter(node -> tag.equals(node.tag)).map(node -> node.id).toList();
    }

    /** A property of a node as text ({@code value} of a radio button, say), or empty. */
    String property(int id, String property) {
        Node node = nodes.get(id);
        return node == null || !node.properties.containsKey(property) ? "" : node.properties.get(property).asText();
    }

    private Stream<Node> descendants(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return Stream.empty();
        }
        return node.children.stream().map(nodes::get).filter(child -> child != null)
                .flatMap(child -> Stream.concat(Stream.of(child), descendants(child.id)));
    }
}
