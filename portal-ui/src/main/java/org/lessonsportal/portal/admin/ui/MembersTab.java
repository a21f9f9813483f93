package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.MemberOverview;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * The people who have signed in, with their organisation, every role and their areas of expertise; found by name,
 * username, organisation or ODS code and loaded a page at a time.
 */
@Route(value = AdminLayout.MEMBERS, layout = AdminLayout.class)
@PageTitle("Members - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class MembersTab extends Div implements BeforeEnterObserver {

    private final OrganisationService organisations;
    final DirectoryFilter filter = new DirectoryFilter(AdminLayout.MEMBERS, "Find a person",
            "Type part of their name or username, or their organisation's name or ODS code.", "member", "person",
            "people");
    final Grid<MemberOverview> grid = new Grid<>();

    MembersTab(OrganisationService organisations) {
        this.organisations = organisations;
        setId("admin-members");
        add(new Paragraph("Everyone who has signed in to the portal. Names, organisations and roles come from the "
                + "organisation accounts and are brought up to date each time the person signs in. Set reviewers' "
                + "areas of expertise under \"Reviewers' expertise\"."));

        grid.setId("member-grid");
        grid.getElement().setAttribute("aria-label", "Members");
        grid.addColumn(m -> m.member().name()).setHeader("Name").setWidth("13rem").setFlexGrow(1);
        grid.addColumn(m -> m.member().username()).setHeader("Username").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(MembersTab::organisation).setHeader("Organisation").setWidth("16rem").setFlexGrow(2);
        grid.addColumn(m -> Roles.describe(m.member().roles())).setHeader("Roles").setWidth("14rem")
                .setFlexGrow(0);
        grid.addColumn(m -> expertiseOf(m.member())).setHeader("Areas of expertise").setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(m -> m.member().hasSignedIn() ? Formats.date(m.member().lastSignInAt()) : "Not yet")
                .setHeader("Last signed in")
                .setWidth("11rem").setFlexGrow(0);
        filter.narrows(grid, organisations::findMembers, organisations::countMembers, m -> m.member().id());
        add(filter.field, filter.status, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter.readFrom(event);
        filter.refresh();
    }

    static String organisation(MemberOverview member) {
        if (member.organisationName() == null) {
            return "None";
        }
        return member.organisationName() + " (" + member.organisationOdsCode() + ")";
    }

    static String expertiseOf(MemberView member) {
        return member.expertise().stream().sorted().map(ProjectType::label).collect(Collectors.joining(", "));
    }
}
