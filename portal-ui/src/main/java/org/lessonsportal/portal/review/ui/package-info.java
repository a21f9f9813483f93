/**
 * Pages for the peer review: reviewers' tasks and reviews, authors' revisions, and the publishers' queue.
 */
package org.lessonsportal.portal.review.ui;
