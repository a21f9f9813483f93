package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.lessonsportal.domain.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Something went wrong", with a reference the person can quote to the service desk. The details go to the log under
 * that reference, never to the screen.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Sorry, something went wrong - Lessons Portal")
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable cause = parameter.getCaughtException();
        if (cause instanceof NotFoundException notFound) {
            H1 title = new H1("Not found");
            title.setId("not-found");
            add(title, new Paragraph(notFound.getMessage()), new Paragraph(new Anchor("", "Go to the front page")));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        String reference = ErrorReference.next();
        log.error("Unexpected error, reference {}", reference, cause);
        H1 title = new H1("Sorry, something went wrong");
        title.setId("error");
        add(title);
        add(new Paragraph("We could not show this page. Please try again in a few minutes. What you had typed "
                + "before may not have been saved."));
        Paragraph quote = new Paragraph("If it keeps happening, contact your organisation's IT service desk and "
                + "quote this reference: ");
        Span ref = new Span(reference);
        ref.addClassName("reference");
        ref.setId("error-reference");
        quote.add(ref);
        add(quote);
        add(new Paragraph(new Anchor("", "Go to the Lessons Portal front page")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
