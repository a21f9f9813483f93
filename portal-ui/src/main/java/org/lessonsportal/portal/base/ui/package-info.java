/**
 * The shell every page sits in: the main layout, the front page, the sign-in and error pages, and widgets the
 * features share. It knows no feature: a feature that puts something in every page's header contributes a
 * {@link org.lessonsportal.portal.base.ui.HeaderControl}.
 */
package org.lessonsportal.portal.base.ui;
