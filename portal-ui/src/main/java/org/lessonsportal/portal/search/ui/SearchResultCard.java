package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.lessonsportal.domain.search.Passage;
import org.lessonsportal.domain.search.SearchHit;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * One lesson in the search results: its title as a link back into the lesson (which offers "Back to your search"),
 * where it comes from, its summary, the words it does not mention and up to {@link #PASSAGES} passages with the
 * matching words marked. Lesson text is only ever set as text, never read as HTML.
 */
class SearchResultCard extends ListItem {

    static final int PASSAGES = 3;

    /** @param foundBy the search that found the lesson, so the lesson's page can lead back to it */
    SearchResultCard(SearchHit hit, SearchQuery foundBy) {
        addClassNames("card", "search-result");
        H2 heading = new H2();
        heading.addClassName("search-result__title");
        Anchor link = new Anchor(SearchLinks.lessonFoundBy(hit.lessonId(), foundBy), Formats.title(hit.title()));
        heading.add(link);
        add(heading);

        DescriptionList facts = new DescriptionList();
        facts.addClassNames("facts", "facts--inline");
        String organisation = hit.organisationName() == null ? "" : hit.organisationName();
        if (hit.organisationOdsCode() != null && !hit.organisationOdsCode().isBlank()) {
            organisation = organisation.isBlank() ? hit.organisationOdsCode()
                    : organisation + " (" + hit.organisationOdsCode() + ")";
        }
        if (hit.organisationOdsCode() != null && !hit.organisationOdsCode().isBlank()) {
            facts.add(new DescriptionList.Term("From"), new DescriptionList.Description(
                    new Anchor(PortalRoutes.organisation(hit.organisationOdsCode()), organisation)));
        } else {
            fact(facts, "From", organisation);
        }
        fact(facts, "Type of project", hit.projectType() == null ? null : hit.projectType().label());
        fact(facts, "Published", Formats.date(hit.publishedOn()));
        add(facts);

        if (hit.summary() != null && !hit.summary().isBlank()) {
            Paragraph summary = new Paragraph(hit.summary());
            summary.addClassName("search-result__summary");
            add(summary);
        }
        if (!hit.missingWords().isEmpty()) {
            Paragraph missing = new Paragraph("Does not mention: " + String.join(", ", hit.missingWords()));
            missing.addClassName("search-result__missing");
            add(missing);
        }
        List<Passage> passages = hit.passages().stream().filter(p -> !"Title".equals(p.fieldLabel()))
                .limit(PASSAGES).toList();
        if (!passages.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("search-passages");
            list.getElement().setAttribute("aria-label", "Where your words appear");
            passages.forEach(passage -> list.add(passage(passage)));
            add(list);
        }
    }

    /** A passage as text nodes and {@code <mark>} elements: lesson text is never read as HTML. */
    static ListItem passage(Passage passage) {
        ListItem item = new ListItem();
        item.addClassName("search-passage");
        for (Passage.Segment segment : passage.segments()) {
            if (segment.match()) {
                item.getElement().appendChild(new Element("mark").setText(segment.text()));
            } else {
                item.getElement().appendChild(Element.createText(segment.text()));
            }
        }
        return item;
    }

    private static void fact(DescriptionList facts, String term, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }
}
