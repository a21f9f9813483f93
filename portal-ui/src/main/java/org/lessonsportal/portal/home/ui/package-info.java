/**
 * A signed-in person's home page: their lessons, tasks, unread notifications and the lessons published lately.
 */
package org.lessonsportal.portal.home.ui;
