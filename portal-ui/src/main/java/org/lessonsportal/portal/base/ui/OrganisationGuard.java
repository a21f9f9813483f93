package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.lessonsportal.identity.CurrentUserService;
import org.springframework.stereotype.Component;

/**
 * Signed-in people who belong to no organisation see the page that explains what to do, whatever page they open;
 * public pages and the error pages stay open to them.
 */
@Component
class OrganisationGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> OPEN = Set.of(LandingView.class, NoOrganisationView.class,
            SignInUnavailableView.class, SignInFailedView.class);

    private final CurrentUserService currentUsers;

    OrganisationGuard(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == null || OPEN.contains(event.getNavigationTarget())
                || event.isErrorEvent()) {
            return;
        }
        currentUsers.current().filter(user -> !user.hasOrganisation())
                .ifPresent(user -> event.forwardTo(NoOrganisationView.class));
    }
}
