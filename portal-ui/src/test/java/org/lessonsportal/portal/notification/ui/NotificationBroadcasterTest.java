package org.lessonsportal.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.workflow.notification.NotificationCreated;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open pages are updated about new notifications; a closed tab is not. Closing a tab closes its UI at once (the
 * browser's unload beacon) but detaches it only later: a push to it in between failed inside the push connection.
 */
class NotificationBroadcasterTest extends KaribuTest {

    @Autowired
    NotificationBroadcaster broadcaster;

    @Test
    void anOpenPageIsUpdatedAClosedTabIsForgottenAndNeverUpdated() {
        Person alice = signIn("tab-closer-" + newOdsCode(), newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");
        AtomicInteger updates = new AtomicInteger();
        Div part = new Div();
        UI.getCurrent().add(part);
        broadcaster.keepUpdated(part, alice.id(), updates::incrementAndGet);

        broadcaster.notificationCreated(new NotificationCreated(alice.id()));
        await("the open page is updated", () -> updates.get() == 1);

        UI.getCurrent().close();
        broadcaster.notificationCreated(new NotificationCreated(alice.id()));
        await("the closed tab (its bell and this part) is forgotten", () -> broadcaster.listening(alice.id()) == 0);
        assertThat(updates).as("nothing pushed to the closed tab").hasValue(1);
    }
}
