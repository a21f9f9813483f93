package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.Component;
import org.lessonsportal.identity.CurrentUser;

/**
 * A control a feature puts in the header of every page, beside the menu button, for a person signed in for an
 * organisation (the notifications bell). Features contribute one as a Spring bean, so the layout knows no feature.
 */
public interface HeaderControl {

    /** A new control for a page's header (each page's layout has its own components). */
    Component create(CurrentUser user);
}
