package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * The administration pages' frame: the heading and a row of links, one for each part, each with its own address
 * ({@code admin/organisations}, {@code admin/members}, {@code admin/ods}…), so the back button and bookmarks work. The link of the part
 * shown carries {@code aria-current="page"}.
 */
@ParentLayout(MainLayout.class)
class AdminLayout extends Div implements RouterLayout, AfterNavigationObserver {

    static final String ORGANISATIONS = PortalRoutes.ADMIN + "/organisations";
    static final String MEMBERS = PortalRoutes.ADMIN + "/members";
    static final String REVIEWERS = PortalRoutes.ADMIN + "/reviewers";
    static final String IMPORT = PortalRoutes.ADMIN + "/import";
    static final String ODS = PortalRoutes.ADMIN + "/ods";
    static final String REVIEWS = PortalRoutes.ADMIN + "/reviews";
    static final String SEARCH = PortalRoutes.ADMIN + "/search";
    static final String JOIN_REQUESTS = PortalRoutes.ADMIN + "/join-requests";
    static final String PAIRINGS = PortalRoutes.ADMIN + "/pairings";

    private final Div content = new Div();
    private final Map<String, RouterLink> links = new LinkedHashMap<>();

    AdminLayout() {
        setId("admin-page");
        addClassName("admin-page");
        Nav nav = new Nav();
        nav.setId("admin-tabs");
        nav.addClassName("admin-tabs");
        nav.getElement().setAttribute("aria-label", "Administration");
        UnorderedList list = new UnorderedList();
        link(list, ORGANISATIONS, "Organisations", OrganisationsTab.class);
        link(list, MEMBERS, "Members", MembersTab.class);
        link(list, JOIN_REQUESTS, "Join requests", JoinRequestsTab.class);
        link(list, PAIRINGS, "Pairings", PairingsTab.class);
        link(list, REVIEWERS, "Reviewers' expertise", ReviewersTab.class);
        link(list, IMPORT, "Import and export", ImportTab.class);
        link(list, ODS, "ODS import", OdsImportTab.class);
        link(list, REVIEWS, "Running reviews", ReviewsTab.class);
        link(list, SEARCH, "Search", SearchTab.class);
        nav.add(list);
        content.setId("admin-content");
        add(new H1("Administration"), nav, content);
    }

    private void link(UnorderedList list, String path, String text, Class<? extends Component> tab) {
        RouterLink link = new RouterLink(text, tab);
        link.setId("admin-tab-" + path.substring(path.lastIndexOf('/') + 1));
        links.put(path, link);
        list.add(new ListItem(link));
    }

    @Override
    public void showRouterLayoutContent(HasElement shown) {
        content.removeAll();
        if (shown != null) {
            content.getElement().appendChild(shown.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        links.forEach((target, link) -> {
            if (target.equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    /** The label of the part shown, for tests and page objects. */
    String currentTab() {
        return links.values().stream().filter(l -> "page".equals(l.getElement().getAttribute("aria-current")))
                .map(RouterLink::getText).findFirst().orElse(null);
    }
}
