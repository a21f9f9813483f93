package org.lessonsportal.workflow.reuse;

/** The names in {@code bpmn/reuse-follow-up.bpmn} that Java code refers to. */
final class ReuseFollowUpProcess {

    static final String KEY = "reuseFollowUp";
    static final String FOLLOW_UP_DUE = "followUpDue";
    /** The reuse's id (also the business key). */
    static final String REUSE_ID = "reuseId";
    static final String FOLLOW_UP_AFTER = "followUpAfter";

    private ReuseFollowUpProcess() {
    }
}
