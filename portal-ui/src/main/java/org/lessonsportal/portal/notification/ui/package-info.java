/**
 * Notifications in the portal: the page listing a member's notifications and opening what one is about, the bell in
 * every page's header, and the broadcaster that updates open pages when their person gets a notification or task.
 */
package org.lessonsportal.portal.notification.ui;
