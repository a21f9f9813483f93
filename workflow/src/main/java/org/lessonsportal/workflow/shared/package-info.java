/**
 * Small helpers the workflow's features share, such as running work on a background thread.
 */
package org.lessonsportal.workflow.shared;
