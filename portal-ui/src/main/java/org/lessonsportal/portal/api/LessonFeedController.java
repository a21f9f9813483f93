package org.lessonsportal.portal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.identity.PublicAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** An Atom feed of the 50 most recently published lessons, for feed readers and other systems. */
@RestController
@RequiredArgsConstructor
class LessonFeedController {

    static final String ATOM = "application/atom+xml";

    private final LessonService lessons;
    private final PublicAddress address;

    @GetMapping(path = "/api/lessons/feed.atom", produces = ATOM)
    ResponseEntity<StreamingResponseBody> feed() {
        // the configured public address: a request's Host header must not decide where feed readers are sent
        String base = address.baseUrl();
        List<LessonSummary> published = lessons.recentlyPublished(50);
        StreamingResponseBody body = out -> write(out, base, published);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM + ";charset=UTF-8")).body(body);
    }

    static void write(OutputStream out, String base, List<LessonSummary> published) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", "Lessons Portal: newly published lessons");
            element(xml, "id", base + "/api/lessons/feed.atom");
            String updated = published.isEmpty() ? "1970-01-01T00:00:00Z"
                    : DateTimeFormatter.ISO_INSTANT.format(published.get(0).updatedAt());
            element(xml, "updated", updated);
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("href", base + "/api/lessons/feed.atom");
            xml.writeStartElement("author");
            element(xml, "name", "Lessons Portal");
            xml.writeEndElement();
            for (LessonSummary lesson : published) {
                xml.writeStartElement("entry");
                element(xml, "title", lesson.title());
                element(xml, "id", base + "/lessons/" + lesson.id());
                xml.writeEmptyElement("link");
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("href", base + "/lessons/" + lesson.id());
                String when = lesson.publishedOn() == null ? updated
                        : DateTimeFormatter.ISO_INSTANT.format(lesson.publishedOn().atStartOfDay(ZoneOffset.UTC));
                element(xml, "published", when);
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(lesson.updatedAt()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("The feed could not be written", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
