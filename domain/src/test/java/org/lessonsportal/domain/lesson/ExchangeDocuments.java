package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/** Lessons exchange files for the import tests, written as JSON: a complete lesson, and a file of lessons. */
final class ExchangeDocuments {

    private ExchangeDocuments() {
    }

    /**
     * A complete lesson of the organisation with that ODS code and name; without an {@code id} it has no external id,
     * without an {@code organisationName} its organisation has only the code.
     */
    static ObjectNode lesson(String id, String title, String odsCode, String organisationName) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (id != null) {
            node.put("id", id);
        }
        node.put("title", title);
        node.put("summary", "How three sites moved to one electronic patient record in a weekend.");
        node.put("projectType", "electronic-patient-record");
        node.putArray("settings").add("acute").add("community");
        node.put("region", "north-west");
        ObjectNode organisation = node.putObject("organisation").put("odsCode", odsCode);
        if (organisationName != null) {
            organisation.put("name", organisationName);
        }
        node.put("startedOn", "2021-04-01");
        node.put("completedOn", "2023-03-31");
        node.put("context", "Three acute sites each ran their own patient administration system.");
        node.put("approach", "A single big-bang cutover with floor walkers on every ward.");
        node.put("outcomes", "All sites went live on 12/03/2023.");
        node.putArray("challenges").addObject().put("type", "data-migration")
                .put("description", "Duplicate records.").put("resolution", "Three trial loads.");
        node.put("recommendations", "Plan trial loads early.");
        node.putArray("technologies").add("FHIR R4").add("HL7 v2");
        node.putArray("tags").add("cutover");
        return node;
    }

    /** An exchange file of the lessons: JSON objects, or text where a lesson should be. */
    static Resource document(Object... lessons) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "lessons-exchange/1");
        ArrayNode list = root.putArray("lessons");
        for (Object lesson : lessons) {
            list.add(lesson instanceof String text ? JsonNodeFactory.instance.textNode(text) : (JsonNode) lesson);
        }
        return bytes(root.toString());
    }

    static Resource bytes(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A new external id. */
    static String id() {
        return "ext-" + UUID.randomUUID();
    }
}
