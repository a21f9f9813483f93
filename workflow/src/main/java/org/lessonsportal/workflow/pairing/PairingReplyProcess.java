package org.lessonsportal.workflow.pairing;

import java.util.Set;

/** The names {@code pairing-reply.bpmn} and the code share. The business key is the pairing's id. */
final class PairingReplyProcess {

    static final String KEY = "pairingReply";
    static final String MESSAGE_ANSWERED = "pairingAnswered";

    static final String WAIT_FOR_ANSWER = "waitForAnswer";
    static final String REPLY_REMINDER = "replyReminder";
    static final String REPLY_DEADLINE = "replyDeadline";
    static final String LAPSED = "requestLapsed";
    static final String ANSWERED = "requestAnswered";

    /** The pairing's id (Long). */
    static final String PAIRING_ID = "pairingId";
    /** When the administrators are reminded ({@code java.util.Date}). */
    static final String REMINDER_AT = "reminderAt";
    /** The reply deadline ({@code java.util.Date}), as the domain recorded it. */
    static final String REPLY_BY = "replyBy";

    static final Set<String> VARIABLES = Set.of(PAIRING_ID, REMINDER_AT, REPLY_BY);

    private PairingReplyProcess() {
    }
}
