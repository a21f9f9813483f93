package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.IdentityPaths;
import org.springframework.stereotype.Component;

/**
 * Signed-in people who belong to no organisation may read (public pages, published lessons: pages marked
 * {@link OpenWithoutOrganisation}) but not write or review: any other page shows the page that explains what to do.
 * The error pages stay open to them.
 */
@Component
@RequiredArgsConstructor
class OrganisationGuard implements VaadinServiceInitListener {

    private final CurrentUserService currentUsers;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == null || event.isErrorEvent()
                || event.getNavigationTarget().isAnnotationPresent(OpenWithoutOrganisation.class)) {
            return;
        }
        currentUsers.current().filter(user -> !user.hasOrganisation())
                .ifPresent(user -> event.forwardTo(IdentityPaths.NO_ORGANISATION));
    }
}
