package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * "There is a problem" at the top of a form, in the style of the NHS and GOV.UK design systems: each problem links to
 * the field it concerns. It is announced when it appears ({@code role="alert"}) and takes the focus.
 */
public class ErrorSummary extends Div {

    /**
     * One problem.
     *
     * @param text   what is wrong, in plain English
     * @param target the field to go to, or {@code null} when the problem concerns the whole page
     * @param extra  something to offer next to the problem (for example a button), or {@code null}
     */
    public record Problem(String text, Component target, Component extra) {
    }

    private final H2 title = new H2("There is a problem");
    private final Paragraph intro = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        intro.addClassName("error-summary__intro");
        add(title, intro, list);
        setVisible(false);
    }

    /** Shows the problems (replacing any shown before) and moves the focus to the summary. */
    public void show(String introText, List<Problem> problems) {
        list.removeAll();
        intro.setText(introText == null ? "" : introText);
        intro.setVisible(introText != null && !introText.isBlank());
        for (Problem problem : problems) {
            ListItem item = new ListItem();
            if (problem.target() != null && problem.target().getId().isPresent()) {
                Anchor link = new Anchor("#" + problem.target().getId().get(), problem.text());
                link.getElement().setAttribute("router-ignore", true);
                Component target = problem.target();
                link.getElement().addEventListener("click", e -> {
                    if (target instanceof Focusable<?> focusable) {
                        focusable.focus();
                    }
                });
                item.add(link);
            } else {
                item.add(new Span(problem.text()));
            }
            if (problem.extra() != null) {
                item.add(problem.extra());
            }
            list.add(item);
        }
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    public void hide() {
        list.removeAll();
        setVisible(false);
    }

    /** The problems shown now, as text (for tests and screen summaries). */
    public List<String> problems() {
        return list.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    /** Removes one problem's line, e.g. after a finding was confirmed; hides the summary when none is left. */
    public void remove(Component extra) {
        list.getChildren().filter(item -> item.getChildren().anyMatch(c -> c == extra)).findFirst()
                .ifPresent(list::remove);
        if (list.getChildren().findAny().isEmpty()) {
            setVisible(false);
        }
    }
}
