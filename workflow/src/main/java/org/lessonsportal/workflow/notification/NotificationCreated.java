package org.lessonsportal.workflow.notification;

/**
 * A notification for the member was stored. Published only after the transaction that stored it committed (or at
 * once when there was none), so a listener (the UI pushing a live badge update) can read it straight away.
 */
public record NotificationCreated(Long memberId) {
}
