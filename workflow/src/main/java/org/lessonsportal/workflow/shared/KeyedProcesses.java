package org.lessonsportal.workflow.shared;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starting, answering and ending a process by its business key, the way the features' event listeners do: one
 * process per domain object (a question, a pairing request, a reuse), found again by that object's key. Runs in the
 * caller's transaction, as the engine shares it.
 */
@Component
@RequiredArgsConstructor
public class KeyedProcesses {

    private final RuntimeService runtime;

    /** Starts the process {@code processKey} for {@code businessKey}, with its variables. */
    public void start(String processKey, String businessKey, Map<String, Object> variables) {
        runtime.createProcessInstanceByKey(processKey)
                .businessKey(businessKey)
                .setVariables(variables)
                .execute();
    }

    /** Delivers {@code message} to every process of {@code businessKey} that waits for it. */
    public void tell(String message, String businessKey) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey)
                .correlateAll();
    }

    /** Ends every running process {@code processKey} of {@code businessKey}, saying why. */
    public void delete(String processKey, String businessKey, String reason) {
        runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list()
                .forEach(process -> runtime.deleteProcessInstance(process.getId(), reason));
    }
}
