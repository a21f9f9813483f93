package org.lessonsportal.workflow.review;

import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step of {@code bpmn-test/failing-step-test.bpmn}: fails while {@link #failing} is set. */
@Component("failingStepDelegate")
class FailingStepDelegate implements JavaDelegate {

    static final AtomicBoolean failing = new AtomicBoolean(true);

    @Override
    public void execute(DelegateExecution execution) {
        if (failing.get()) {
            throw new IllegalStateException("The test step failed on purpose");
        }
    }
}
