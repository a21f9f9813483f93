/**
 * Pages about the portal itself: help, the accessibility statement and the privacy notice.
 */
package org.lessonsportal.portal.about.ui;
