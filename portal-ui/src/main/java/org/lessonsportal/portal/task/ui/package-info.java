/**
 * A person's review tasks as pages show them: the list of tasks, where each one is done and what it asks.
 */
package org.lessonsportal.portal.task.ui;
