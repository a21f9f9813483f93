package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.taxonomy.Labelled;

/**
 * Writes a {@code lessons-exchange/1} document: UTF-8, two-space indentation, "\n" line ends, keys always in the same
 * order, dates as ISO dates, lists in their stored order. Optional parts that are empty ({@code id},
 * {@code startedOn}, {@code completedOn}, {@code wouldDoDifferently}, {@code contact}, {@code buildsOn}) are left
 * out; lists are always written, empty or not. {@code buildsOn} names the lesson this one builds on by its id in
 * the same shape as {@code id}; {@code reuseCount} says how many organisations reuse it. Both were added to
 * version 1 as keys that readers ignore when they do not know them (ADR 0050).
 */
final class ExchangeWriter implements AutoCloseable {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;
    private final boolean single;
    private final String instanceId;

    /**
     * A whole document.
     *
     * @param instanceId this portal's id: a lesson written here (no external id) gets {@code "<instanceId>/<its id>"}
     */
    ExchangeWriter(OutputStream out, String instanceId) throws IOException {
        this(out, false, instanceId);
    }

    /** One lesson object on its own (the API's shape: the portal's {@code id} and the source's {@code externalId}). */
    ExchangeWriter(OutputStream out) throws IOException {
        this(out, true, null);
    }

    private ExchangeWriter(OutputStream out, boolean single, String instanceId) throws IOException {
        this.single = single;
        this.instanceId = instanceId;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        pretty.indentArraysWith(indenter);
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(pretty);
        if (!single) {
            json.writeStartObject();
            json.writeStringField("format", ExchangeReader.FORMAT);
            json.writeArrayFieldStart("lessons");
        }
    }

    /**
     * @param buildsOn   the id of the lesson it builds on, in this document's shape (a number for one lesson on its
     *                   own, the exported id in a document), or {@code null}
     * @param reuseCount how many organisations reuse it
     */
    void write(Lesson lesson, OrganisationView organisation, Object buildsOn, long reuseCount) throws IOException {
        LessonContent content = lesson.getContent();
        json.writeStartObject();
        if (single) {
            json.writeNumberField("id", lesson.getId());
            optional("externalId", lesson.getExternalId());
        } else {
            json.writeStringField("id", lesson.getExternalId() != null ? lesson.getExternalId()
                    : instanceId + "/" + lesson.getId());
        }
        json.writeStringField("title", content.title());
        json.writeStringField("summary", content.summary());
        code("projectType", content.projectType());
        json.writeArrayFieldStart("settings");
        for (Labelled setting : content.settings()) {
            json.writeString(setting.code());
        }
        json.writeEndArray();
        code("region", content.region());
        json.writeObjectFieldStart("organisation");
        json.writeStringField("odsCode", organisation.odsCode());
        json.writeStringField("name", organisation.name());
        json.writeEndObject();
        date("startedOn", content.startedOn());
        date("completedOn", content.completedOn());
        json.writeStringField("context", content.context());
        json.writeStringField("approach", content.approach());
        json.writeStringField("outcomes", content.outcomes());
        json.writeArrayFieldStart("challenges");
        for (Challenge challenge : content.challenges()) {
            json.writeStartObject();
            code("type", challenge.type());
            json.writeStringField("description", challenge.description());
            json.writeStringField("resolution", challenge.resolution());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("recommendations", content.recommendations());
        optional("wouldDoDifferently", content.wouldDoDifferently());
        strings("technologies", content.technologies());
        strings("tags", content.tags());
        if (content.contact() != null) {
            json.writeObjectFieldStart("contact");
            json.writeStringField("name", content.contact().name());
            json.writeStringField("email", content.contact().email());
            json.writeEndObject();
        }
        date("publishedOn", lesson.getPublishedOn());
        if (buildsOn instanceof Number number) {
            json.writeNumberField("buildsOn", number.longValue());
        } else if (buildsOn != null) {
            json.writeStringField("buildsOn", buildsOn.toString());
        }
        json.writeNumberField("reuseCount", reuseCount);
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        if (!single) {
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeRaw('\n');
        json.close();
    }

    private void optional(String key, String value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value);
        }
    }

    private void code(String key, Labelled value) throws IOException {
        if (value == null) {
            json.writeNullField(key);
        } else {
            json.writeStringField(key, value.code());
        }
    }

    private void date(String key, LocalDate value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value.toString());
        }
    }

    private void strings(String key, List<String> values) throws IOException {
        json.writeArrayFieldStart(key);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
