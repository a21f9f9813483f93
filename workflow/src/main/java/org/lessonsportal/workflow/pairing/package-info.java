/**
 * The reply deadline of a request to pair (exemplar pairing, issue 16): the process {@code pairingReply}
 * ({@code bpmn/pairing-reply.bpmn}) starts when a contributor asks, reminds the offering organisation's administrators
 * before the deadline and lapses the request at it; an answer ends it first. The people concerned are told at each
 * step through the notifications.
 */
package org.lessonsportal.workflow.pairing;
