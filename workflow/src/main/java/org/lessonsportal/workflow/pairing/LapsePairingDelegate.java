package org.lessonsportal.workflow.pairing;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/** At the reply deadline: a request nobody answered lapses, and the person who asked is told. */
@Component("lapsePairingDelegate")
@RequiredArgsConstructor
class LapsePairingDelegate implements JavaDelegate {

    private final PairingService pairings;
    private final PairingNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        pairings.lapse(Actor.SYSTEM, (Long) execution.getVariable(PairingReplyProcess.PAIRING_ID))
                .ifPresent(notices::lapsed);
    }
}
