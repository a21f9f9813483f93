/**
 * The peer review process run by Camunda: choosing reviewers, reminders and escalation, the tasks people see, and the
 * operations view of running reviews.
 */
package org.lessonsportal.workflow.review;
