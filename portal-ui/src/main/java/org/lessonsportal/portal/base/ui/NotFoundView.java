package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** "Page not found", in plain English. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found - Lessons Portal")
@AnonymousAllowed
public class NotFoundView extends PlainErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", "Page not found", "If you typed the web address, check it is correct. If you pasted the "
                + "web address, check you copied the entire address.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
