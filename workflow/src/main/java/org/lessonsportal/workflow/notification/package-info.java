/**
 * Members' notifications: stored for the portal's bell, and sent by e-mail when a mail server is configured.
 */
package org.lessonsportal.workflow.notification;
