package org.lessonsportal.portal.discover.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Published lessons for the discover tests, imported as lessons from another portal arrive. Each test makes up words
 * of its own ({@link #word()}) so that lessons other tests publish into the shared test database never match; the
 * descriptions tests type are made of those words and English stop words only, which the search ignores.
 */
public final class DiscoverTestLessons {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscoverTestLessons() {
    }

    /** Opens an address with a query string, as a browser would ({@code playbook?projectType=imaging}). */
    public static void open(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            com.vaadin.flow.component.UI.getCurrent().navigate(address);
        } else {
            com.vaadin.flow.component.UI.getCurrent().navigate(address.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(address.substring(query + 1)));
        }
    }

    /** A made-up word no other lesson uses, e.g. "zqkbmwtrh". */
    public static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            // hexadecimal digits to letters: the analyzers keep letters together as one word
            word.append((char) ('g' + Character.digit(c, 16)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    /** One challenge of a lesson. */
    public record Challenge(ChallengeType type, String description, String resolution) {
    }

    /**
     * Publishes a lesson whose context mentions {@code words}.
     *
     * @return the lesson's id
     */
    public static Long publish(LessonExchangeService exchange, String title, String odsCode, ProjectType type,
            Setting setting, String words, Challenge... challenges) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("summary", "What we learned replacing an old system across our organisation.");
        node.put("projectType", type.code());
        node.putArray("settings").add(setting.code());
        node.put("region", "london");
        node.putObject("organisation").put("odsCode", odsCode).put("name", "Test organisation " + odsCode);
        node.put("completedOn", "2024-03-31");
        node.put("context", "Before the project, " + words + " was done by hand on every ward.");
        node.put("approach", "We ran a pilot on two wards, then moved the rest in waves.");
        node.put("outcomes", "Every ward moved within a year.");
        ArrayNode list = node.putArray("challenges");
        List<Challenge> given = challenges.length == 0
                ? List.of(new Challenge(ChallengeType.DATA_MIGRATION, "Old records had duplicates.",
                        "Three trial loads before the real one."))
                : List.of(challenges);
        for (Challenge challenge : given) {
            list.addObject().put("type", challenge.type().code()).put("description", challenge.description())
                    .put("resolution", challenge.resolution());
        }
        node.put("recommendations", "Plan the trial loads early.");
        node.putObject("contact").put("name", "Sam Contact").put("email", "sam.contact@example.nhs.uk");

        ObjectNode root = JSON.createObjectNode();
        root.put("format", "lessons-exchange/1");
        root.putArray("lessons").add(node);
        try {
            ImportReport report = exchange.importAsSystem(
                    new org.springframework.core.io.ByteArrayResource(JSON.writeValueAsBytes(root)),
                    ImportProgress.none());
            if (!report.rejected().isEmpty()) {
                throw new IllegalStateException("Test lesson rejected: " + report.rejected());
            }
            return report.imported().get(0).lessonId();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
