package org.lessonsportal.portal.base.ui;

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
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.IdentityPaths;
import org.lessonsportal.identity.OrganisationMembership;

/**
 * The frame of every page: a skip link, the blue header with the portal's name and who is signed in (name,
 * organisation and ODS code, roles in plain words), the navigation, the main content and a footer.
 */
public class MainLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public MainLayout(CurrentUserService currentUsers, AuthenticationContext authentication) {
        setWidthFull();
        Anchor skip = new Anchor("#main-content", "Skip to main content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);

        Header header = new Header();
        header.addClassName("portal-header");
        Div bar = new Div();
        bar.addClassName("portal-header__bar");
        Anchor name = new Anchor("", "Lessons Portal");
        name.addClassName("portal-header__name");
        name.getElement().setAttribute("aria-label", "Lessons Portal home");
        bar.add(name);

        CurrentUser user = currentUsers.current().orElse(null);
        Div account = new Div();
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
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out");
            account.add(signOut);
        }
        bar.add(account);
        header.add(bar);

        Nav nav = new Nav();
        nav.addClassName("portal-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        UnorderedList links = new UnorderedList();
        if (user != null && user.hasOrganisation()) {
            links.add(new ListItem(new Anchor("home", "Home")));
        } else {
            links.add(new ListItem(new Anchor("", "About the portal")));
        }
        nav.add(links);

        main.setId("main-content");
        main.addClassName("portal-main");
        main.getElement().setAttribute("tabindex", "-1");

        Footer footer = new Footer();
        footer.addClassName("portal-footer");
        footer.add(new Paragraph("Lessons Portal helps NHS organisations learn from each other's finished projects. "
                + "Do not include patient-identifiable information in lessons."));

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

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
