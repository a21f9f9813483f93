package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lessonsportal.domain.organisation.OrganisationOverview;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Roles;

/**
 * The organisations the portal knows (a read-only mirror of the organisation accounts, with names, types, regions and
 * boards from the ODS reference data where it lists them), found by name or ODS code and loaded a page at a time as
 * the list scrolls, so hundreds of organisations keep the page short.
 */
@Route(value = AdminLayout.ORGANISATIONS, layout = AdminLayout.class)
@PageTitle("Organisations - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class OrganisationsTab extends Div implements BeforeEnterObserver {

    private final OrganisationService organisations;
    final DirectoryFilter filter = new DirectoryFilter(AdminLayout.ORGANISATIONS, "Find an organisation",
            "Type part of its name or its ODS code, for example RXX.", "organisation", "organisation",
            "organisations");
    final Grid<OrganisationOverview> grid = new Grid<>();

    OrganisationsTab(OrganisationService organisations) {
        this.organisations = organisations;
        setId("admin-organisations");
        add(new Paragraph("Organisations and people come from the organisation accounts people sign in with. "
                + "Where the NHS Organisation Data Service (ODS) lists an organisation (see ODS import), its name, "
                + "type, region and integrated care board come from ODS; the others keep what their accounts say, "
                + "brought up to date the next time someone from them signs in."));

        grid.setId("organisation-grid");
        grid.getElement().setAttribute("aria-label", "Organisations");
        grid.addColumn(o -> o.organisation().name()).setHeader("Name").setWidth("18rem").setFlexGrow(2);
        grid.addColumn(o -> o.organisation().odsCode()).setHeader("ODS code").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(o -> AdminTexts.label(o.organisation().type())).setHeader("Type").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(o -> AdminTexts.label(o.organisation().region())).setHeader("Region").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(o -> AdminTexts.icb(o.organisation().parentIcbOdsCode(), o.icbName()))
                .setHeader("Integrated care board").setWidth("16rem").setFlexGrow(1);
        grid.addColumn(o -> o.fromOds() ? "ODS" : "Account").setHeader("Details from").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(OrganisationOverview::memberCount).setHeader("Members").setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        filter.narrows(grid, organisations::findOrganisations, organisations::countOrganisations,
                o -> o.organisation().id());
        add(filter.field, filter.status, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter.readFrom(event);
        filter.refresh();
    }
}
