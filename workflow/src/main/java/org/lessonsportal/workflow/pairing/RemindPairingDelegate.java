package org.lessonsportal.workflow.pairing;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the reply deadline: reminds the offering organisation's administrators of a request still waiting. */
@Component("remindPairingDelegate")
@RequiredArgsConstructor
class RemindPairingDelegate implements JavaDelegate {

    private final PairingNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        notices.remind((Long) execution.getVariable(PairingReplyProcess.PAIRING_ID));
    }
}
