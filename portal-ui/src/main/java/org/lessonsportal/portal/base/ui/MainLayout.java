package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.IdentityPaths;
import org.lessonsportal.identity.OrganisationMembership;

/**
 * The frame of every page: a skip link, the blue header with the portal's name and who is signed in (name,
 * organisation and ODS code, roles in plain words), the navigation, the main content and a footer.
 */
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** A lesson's editor ("lessons/42/edit"): writing, though its address starts like a lesson's page. */
    private static final Pattern LESSON_EDITOR = Pattern.compile("lessons/[0-9]+/edit");

    private final Main main = new Main();
    private final Map<String, Anchor> navigation = new LinkedHashMap<>();

    private final SmallScreenMenu menu = new SmallScreenMenu(this, "portal-account", "portal-nav");
    /** The address of the page shown, to tell moving to another page from the first page or a change of filters. */
    private String shownPath;

    /**
     * @param headerControls what features put in the header for a person signed in for an organisation (the bell)
     */
    public MainLayout(CurrentUserService currentUsers, AuthenticationContext authentication,
            List<HeaderControl> headerControls) {
        setWidthFull();
        addClassName("portal");
        Anchor skip = KeyboardFocus.skipLink();

        Header header = new Header();
        header.addClassName("portal-header");
        Div bar = new Div();
        bar.addClassName("portal-header__bar");
        Anchor name = new Anchor("", "Lessons Portal");
        name.addClassName("portal-header__name");
        name.getElement().setAttribute("aria-label", "Lessons Portal home");
        bar.add(name);

        CurrentUser user = currentUsers.current().orElse(null);
        Div actions = new Div();
        actions.addClassName("portal-header__actions");
        Div account = new Div();
        account.setId("portal-account");
        account.addClassName("portal-header__user");
        if (user == null) {
            Anchor signIn = new Anchor(IdentityPaths.SIGN_IN, "Sign in");
            signIn.getElement().setAttribute("router-ignore", true);
            signIn.setId("sign-in");
            account.add(signIn);
        } else {
            Div who = new Div();
            who.addClassName("portal-header__who");
            Span person = new Span(user.name());
            person.setId("user-name");
            Span organisation = new Span(user.hasOrganisation() ? user.active().displayName() : "No organisation");
            organisation.setId("user-organisation");
            Span roles = new Span(user.rolesInPlainWords());
            roles.setId("user-roles");
            who.add(person, organisation, roles);
            account.add(who);
            if (user.organisations().size() > 1) {
                account.add(organisationSwitch(currentUsers, user));
            }
            if (user.hasOrganisation()) {
                headerControls.forEach(control -> actions.add(control.create(user)));
            }
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out");
            account.add(signOut);
        }
        actions.add(menu.button());
        bar.add(actions, account);
        header.add(bar);

        Nav nav = new Nav();
        nav.setId("portal-nav");
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        UnorderedList links = new UnorderedList();
        if (user != null && user.hasOrganisation()) {
            link(links, PortalRoutes.HOME, "Home", "nav-home");
            link(links, PortalRoutes.LESSONS, "Lessons", "nav-lessons");
            link(links, PortalRoutes.START_PROJECT, "Starting a project?", "nav-start");
            link(links, PortalRoutes.PLAYBOOK, "Challenge playbook", "nav-playbook");
            link(links, PortalRoutes.FOLLOWING, "Following", "nav-following");
            if (user.hasRole(Roles.CONTRIBUTOR)) {
                link(links, PortalRoutes.NEW_LESSON, "New lesson", "nav-new-lesson");
            }
            if (user.hasRole(Roles.CONTRIBUTOR) || user.hasRole(Roles.REVIEWER)) {
                link(links, PortalRoutes.TASKS, "My tasks", "nav-tasks");
            }
            if (user.hasRole(Roles.PUBLISHER)) {
                link(links, PortalRoutes.PUBLISH, "Publish queue", "nav-publish");
            }
            if (user.hasRole(Roles.ADMIN)) {
                link(links, PortalRoutes.ADMIN, "Admin", "nav-admin");
            }
        } else if (user != null) {
            // signed in without an organisation: they may read, not write or review (OrganisationGuard)
            link(links, PortalRoutes.LESSONS, "Lessons", "nav-lessons");
            link(links, PortalRoutes.PLAYBOOK, "Challenge playbook", "nav-playbook");
            link(links, IdentityPaths.NO_ORGANISATION, "Your account", "nav-account");
        } else {
            link(links, "", "About the portal", "nav-about");
        }
        nav.add(links);

        main.setId(KeyboardFocus.MAIN_ID);
        main.addClassName("portal-main");
        main.getElement().setAttribute("tabindex", "-1");

        Footer footer = new Footer();
        footer.addClassName("portal-footer");
        Nav support = new Nav();
        support.addClassName("portal-footer__links");
        support.getElement().setAttribute("aria-label", "Support links");
        UnorderedList supportLinks = new UnorderedList();
        supportLinks.add(new ListItem(footerLink(PortalRoutes.HELP, "Help", "footer-help")),
                new ListItem(footerLink(PortalRoutes.ACCESSIBILITY, "Accessibility statement", "footer-accessibility")),
                new ListItem(footerLink(PortalRoutes.PRIVACY, "Privacy notice", "footer-privacy")));
        support.add(supportLinks);
        footer.add(support, new Paragraph("Lessons Portal helps NHS organisations learn from each other's finished "
                + "projects. Do not include patient-identifiable information in lessons."));

        add(skip, header, nav, main, footer);
    }

    private static Select<OrganisationMembership> organisationSwitch(CurrentUserService currentUsers, CurrentUser user) {
        Select<OrganisationMembership> select = new Select<>();
        select.setLabel("Acting for");
        select.setItems(user.organisations());
        select.setItemLabelGenerator(OrganisationMembership::displayName);
        select.setValue(user.active());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !Objects.equals(e.getValue(), e.getOldValue())) {
                currentUsers.switchOrganisation(e.getValue().odsCode());
                select.getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return select;
    }

    private static Anchor footerLink(String path, String text, String id) {
        Anchor anchor = new Anchor(path, text);
        anchor.setId(id);
        return anchor;
    }

    private void link(UnorderedList links, String path, String text, String id) {
        Anchor anchor = new Anchor(path, text);
        anchor.setId(id);
        anchor.addClassName("portal-nav__link");
        navigation.put(path, anchor);
        links.add(new ListItem(anchor));
    }

    /**
     * Marks the link of the page shown: {@code aria-current="page"} on an exact match, {@code "true"} on the section
     * (a lesson's page is in "Lessons", a lesson's editor in "New lesson"); a thick underline shows it too, so colour
     * is not the only sign.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (shownPath != null && !shownPath.equals(path)) {
            // moved to another page: start reading at its heading, not on the link pressed
            getUI().ifPresent(KeyboardFocus::toHeading);
        }
        shownPath = path;
        menu.setOpen(false);
        markCurrent(path);
    }

    /**
     * Marks the navigation again after a page changed its address without navigating (a new lesson's
     * "lessons/new" becomes "lessons/42/edit" once it is saved).
     */
    public static void addressChanged(Component anyComponentOnThePage, String path) {
        anyComponentOnThePage.getUI().ifPresent(ui -> ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                .forEach(layout -> layout.markCurrent(path)));
    }

    private void markCurrent(String path) {
        String best = section(path);
        for (Map.Entry<String, Anchor> entry : navigation.entrySet()) {
            Anchor anchor = entry.getValue();
            boolean current = entry.getKey().equals(best);
            if (current) {
                anchor.getElement().setAttribute("aria-current", entry.getKey().equals(path) ? "page" : "true");
                anchor.addClassName("portal-nav__link--current");
            } else {
                anchor.getElement().removeAttribute("aria-current");
                anchor.removeClassName("portal-nav__link--current");
            }
        }
    }

    /** The navigation link the page belongs to: its own, or the longest one its address starts with. */
    private String section(String path) {
        if (LESSON_EDITOR.matcher(path).matches()) {
            // still writing: a saved lesson's editor belongs with "New lesson", never with the search ("lessons")
            return navigation.containsKey(PortalRoutes.NEW_LESSON) ? PortalRoutes.NEW_LESSON : null;
        }
        String best = null;
        for (String candidate : navigation.keySet()) {
            boolean matches = candidate.equals(path) || (!candidate.isEmpty() && path.startsWith(candidate + "/"));
            if (matches && (best == null || candidate.length() > best.length())) {
                best = candidate;
            }
        }
        return best;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
