/**
 * The shell every page sits in: the main layout, home and landing pages, error pages, and widgets the features share.
 */
package org.lessonsportal.portal.base.ui;
