package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.lessonsportal.domain.organisation.JoinRequestView;
import org.lessonsportal.domain.organisation.JoinRequestService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.OrganisationJoining;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.ReasonDialog;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Requests to join an organisation from people whose sign-in names none (NHSmail; docs/adr/0049), for the
 * administrators who may decide them: those of the organisation, or any administrator where it has none. Confirming
 * writes the membership to the identity provider and the portal; declining needs a reason the person will read.
 */
@Route(value = AdminLayout.JOIN_REQUESTS, layout = AdminLayout.class)
@PageTitle("Join requests - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class JoinRequestsTab extends Div {

    private final JoinRequestService joinRequests;
    private final OrganisationJoining joining;
    private final Actor admin;
    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph("No one is waiting to join an organisation.");

    JoinRequestsTab(JoinRequestService joinRequests, OrganisationJoining joining, CurrentUserService currentUsers) {
        this.joinRequests = joinRequests;
        this.joining = joining;
        this.admin = currentUsers.require().actor();
        setId("admin-join-requests");
        add(new Paragraph("People who signed in with an account that names no NHS organisation, such as NHSmail, "
                + "ask here to join the organisation they work for. Confirm only people you know work there: they "
                + "will then write and review lessons for it. Requests to organisations with no administrator on "
                + "Lessons Portal come to every administrator."));
        list.setId("join-request-list");
        list.addClassName("item-list");
        none.setId("join-requests-none");
        add(new H2("Waiting to join"), none, list);
        fill();
    }

    void fill() {
        list.removeAll();
        List<JoinRequestView> waiting = joinRequests.toDecide(admin);
        none.setVisible(waiting.isEmpty());
        waiting.forEach(request -> list.add(card(request)));
    }

    private ListItem card(JoinRequestView request) {
        ListItem item = new ListItem();
        item.setId("join-request-" + request.id());
        item.add(new H3(request.memberName() + " asks to join " + request.organisation()));
        item.add(new Paragraph("Signed in as " + request.memberUsername()
                + (request.memberEmail() == null ? "" : ", e-mail " + request.memberEmail()) + ". Asked on "
                + Formats.date(request.requestedAt()) + "."));
        if (request.note() != null) {
            item.add(new Paragraph("What they do there: " + request.note()));
        }
        if (!joinRequests.asksTheirOwnOrganisation(admin, request)) {
            Paragraph check = new Paragraph("No administrator of " + request.organisationName() + " uses Lessons "
                    + "Portal yet. Check with the organisation that this person works there before you confirm.");
            check.addClassName("panel--warning");
            item.add(check);
        }
        Button confirm = new Button("Confirm", e -> confirm(request));
        confirm.setId("join-confirm-" + request.id());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getElement().setAttribute("aria-label", "Confirm " + request.memberName() + " works at "
                + request.organisationName());
        Button decline = new Button("Decline", e -> decline(request));
        decline.setId("join-decline-" + request.id());
        decline.getElement().setAttribute("aria-label", "Decline " + request.memberName() + "'s request");
        item.add(confirm, decline);
        return item;
    }

    private void confirm(JoinRequestView request) {
        try {
            joining.confirm(request.id(), admin);
            Notification.show(request.memberName() + " now belongs to " + request.organisationName() + ".", 6000,
                    Notification.Position.TOP_CENTER);
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 10000, Notification.Position.TOP_CENTER);
        } catch (OptimisticLockingFailureException e) {
            Notification.show("Another administrator decided this request at the same moment. Look at the list "
                    + "again.", 10000, Notification.Position.TOP_CENTER);
        }
        fill();
    }

    private void decline(JoinRequestView request) {
        ReasonDialog dialog = new ReasonDialog("Decline " + request.memberName() + "'s request",
                request.memberName() + " will read your reason the next time they sign in.", "Why you decline it",
                "For example: \"We have no one of that name; if you work here, ask the IT service desk.\"",
                "Decline", true, JoinRequestService.REASON_MAX, reason -> {
                    joinRequests.decline(request.id(), admin, reason);
                    Notification.show("The request was declined.", 5000, Notification.Position.TOP_CENTER);
                    fill();
                });
        dialog.setId("join-decline-dialog");
        dialog.open();
    }
}
