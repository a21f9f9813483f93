package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** "You cannot see this page": a role the person does not have. */
@ParentLayout(MainLayout.class)
@PageTitle("You cannot see this page - Lessons Portal")
@AnonymousAllowed
public class AccessDeniedView extends PlainErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "You cannot see this page", "This page is for people with a different role in Lessons "
                + "Portal, for example reviewers, publishers or administrators. If you think you should be able to see "
                + "it, ask your organisation's Lessons Portal administrator.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
