/**
 * Following a type of project or a saved search, and telling the followers when a matching lesson is published.
 */
package org.lessonsportal.workflow.follow;
