/**
 * "We are using this", followed up: some months after an organisation says it is reusing a lesson, a timer asks it
 * how it went (issue 16). The process {@code bpmn/reuse-follow-up.bpmn} starts with the reuse and ends when it is
 * asked, or when the organisation says it stopped.
 */
package org.lessonsportal.workflow.reuse;
