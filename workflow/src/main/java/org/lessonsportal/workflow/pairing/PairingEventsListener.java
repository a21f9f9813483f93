package org.lessonsportal.workflow.pairing;

import java.util.Date;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.pairing.PairingAnswered;
import org.lessonsportal.domain.pairing.PairingRequested;
import org.lessonsportal.domain.pairing.PairingSettings;
import org.lessonsportal.workflow.shared.KeyedProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the reply deadline's process when someone asks to pair, and ends it when the request is answered, withdrawn
 * or ended; tells the people concerned. Runs inside the domain's transaction ({@code MANDATORY}), like the review's
 * listener, so the request, its process and its notifications are stored together or not at all.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class PairingEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(PairingEventsListener.class);

    private final KeyedProcesses processes;
    private final PairingSettings settings;
    private final PairingNotices notices;

    @EventListener
    public void requested(PairingRequested event) {
        processes.start(PairingReplyProcess.KEY, String.valueOf(event.pairingId()), Map.of(
                PairingReplyProcess.PAIRING_ID, event.pairingId(),
                PairingReplyProcess.REMINDER_AT, Date.from(event.replyBy().minus(settings.getReminderBefore())),
                PairingReplyProcess.REPLY_BY, Date.from(event.replyBy())));
        notices.requested(event.pairingId());
        LOG.info("Request to pair {} waits for an answer until {}", event.pairingId(), event.replyBy());
    }

    @EventListener
    public void answered(PairingAnswered event) {
        processes.tell(PairingReplyProcess.MESSAGE_ANSWERED, String.valueOf(event.pairingId()));
        notices.answered(event.pairingId(), event.state(), event.by());
    }
}
