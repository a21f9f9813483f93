/**
 * Pages for one lesson: writing and editing it, reading it, its PDF, and the publishers' actions on it.
 */
package org.lessonsportal.portal.lesson.ui;
