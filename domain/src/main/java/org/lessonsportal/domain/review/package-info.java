/**
 * Peer reviews of a lesson: reviewers' drafts and submitted reviews, authors' replies to them, and the four-eyes
 * override when publishers approve a lesson its reviewers would decline.
 */
package org.lessonsportal.domain.review;
