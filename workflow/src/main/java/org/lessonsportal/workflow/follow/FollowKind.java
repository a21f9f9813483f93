package org.lessonsportal.workflow.follow;

/** What a member follows. */
public enum FollowKind {
    /** Every new lesson of one type of project. */
    PROJECT_TYPE,
    /** Every new lesson that a saved search finds. */
    SEARCH
}
