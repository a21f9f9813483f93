/**
 * The page listing a member's notifications, and opening the lesson or task a notification is about.
 */
package org.lessonsportal.portal.notification.ui;
