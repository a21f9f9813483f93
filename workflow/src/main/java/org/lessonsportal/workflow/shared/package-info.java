/**
 * Small helpers the workflow's features share, such as running work on a background thread and starting or ending
 * a process by its business key.
 */
package org.lessonsportal.workflow.shared;
