package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.lessonsportal.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What people see when something fails after a page has opened (a button, an upload): a rule of the portal in its own
 * plain words, or "something went wrong" with a reference for the service desk. Never a stack trace; the details go
 * to the log under the reference.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        DomainException domain = find(cause, DomainException.class);
        String message;
        if (domain != null) {
            message = domain.getMessage();
        } else if (find(cause, AccessDeniedException.class) != null) {
            message = "You cannot do that with your role in Lessons Portal.";
        } else {
            String reference = ErrorReference.next();
            log.error("Unexpected error, reference {}", reference, cause);
            message = "Sorry, something went wrong. Please try again. If it keeps happening, contact your "
                    + "organisation's IT service desk and quote " + reference + ".";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(message, 10_000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
