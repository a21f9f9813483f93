package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * {@code /admin} itself: goes on to the first part, the organisations ({@code /admin/organisations}). The parts are
 * {@link OrganisationsTab}, {@link MembersTab}, {@link ReviewersTab}, {@link ImportTab}, {@link OdsImportTab}, {@link ReviewsTab} and
 * {@link SearchTab}, framed by {@link AdminLayout}.
 */
@Route(value = PortalRoutes.ADMIN, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class AdminView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(OrganisationsTab.class);
    }
}
