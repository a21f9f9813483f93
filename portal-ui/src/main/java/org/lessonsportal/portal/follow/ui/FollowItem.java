package org.lessonsportal.portal.follow.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.portal.search.ui.SearchLinks;
import org.lessonsportal.workflow.follow.Follow;
import org.lessonsportal.workflow.follow.FollowKind;

/**
 * One thing the member follows, in the list on the Following page: what kind it is, its name (and a saved search's
 * words), a link to the lessons it finds now and an "Unfollow" button whose accessible name says what it unfollows.
 */
class FollowItem extends ListItem {

    FollowItem(Follow follow, Consumer<Follow> unfollow) {
        setId("follow-" + follow.id());
        Span kind = new Span(follow.kind() == FollowKind.PROJECT_TYPE ? "Type of project" : "Saved search");
        kind.addClassName("tag");
        Strong name = new Strong(follow.title());
        name.addClassName("follow__name");
        add(kind, name);
        if (follow.kind() == FollowKind.SEARCH) {
            Span words = new Span(follow.description());
            words.addClassName("hint");
            add(words);
        }
        SearchQuery matching = follow.kind() == FollowKind.SEARCH ? follow.search()
                : SearchQuery.builder().projectTypes(follow.projectType().code()).build();
        // the visible words begin the link's name (WCAG 2.5.3); what it is about follows for screen readers
        Span about = new Span(": " + quotedTitle(follow));
        about.addClassName("visually-hidden");
        Anchor lessons = new Anchor(SearchLinks.searchAddress(matching), "See lessons it finds");
        lessons.add(about);
        lessons.setId("follow-" + follow.id() + "-lessons");
        Button unfollowButton = new Button("Unfollow", e -> unfollow.accept(follow));
        unfollowButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unfollowButton.getElement().setAttribute("aria-label", "Unfollow " + quotedTitle(follow));
        Div actions = new Div(lessons, unfollowButton);
        actions.addClassName("page-actions");
        add(actions);
    }

    /** A type of project by its name; a saved search as "the search “name”". */
    static String quotedTitle(Follow follow) {
        return follow.kind() == FollowKind.PROJECT_TYPE ? follow.title() : "the search “" + follow.title() + "”";
    }

    /** {@code <strong>}: what is followed stands out in its line. */
    @Tag("strong")
    static final class Strong extends HtmlContainer {
        Strong(String text) {
            setText(text);
        }
    }
}
