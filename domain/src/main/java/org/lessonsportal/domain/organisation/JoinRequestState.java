package org.lessonsportal.domain.organisation;

/** Where a request to join an organisation stands. */
public enum JoinRequestState {
    /** Waiting for an administrator of the organisation. */
    WAITING,
    /** An administrator confirmed it: the person belongs to the organisation. */
    CONFIRMED,
    /** An administrator declined it, with a reason. */
    DECLINED,
    /** The person withdrew it, or asked to join another organisation instead. */
    WITHDRAWN
}
