/**
 * Pages for someone starting a project: the lessons of others who did something like it, and the challenge playbook of
 * a type of project.
 */
package org.lessonsportal.portal.discover.ui;
