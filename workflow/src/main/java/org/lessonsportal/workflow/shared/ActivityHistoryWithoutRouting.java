package org.lessonsportal.workflow.shared;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.HistoryLevelActivity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * History level {@code activity} (the same id and name, so the database's level is unchanged), except that the
 * process's routing is not written as activities passed: gateways, the body of a multi-instance activity, the scope of
 * an embedded subprocess and the plain start and end events inside it (its entry and exit, which say no more than the
 * activities between them). What a process did, its tasks, service steps and events (its own start and ends, timers,
 * messages, the ends of event subprocesses), is written as before (docs/adr/0060, 0069).
 */
final class ActivityHistoryWithoutRouting extends HistoryLevelActivity {

    static final Set<String> ROUTING = Set.of("exclusiveGateway", "inclusiveGateway", "parallelGateway",
            "eventBasedGateway", "multiInstanceBody", "subProcess");

    private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
            HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END);

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return super.isHistoryEventProduced(eventType, entity)
                && !(ACTIVITY_EVENTS.contains(eventType) && isRouting(entity));
    }

    /** Plain start and end events, written unless inside an embedded subprocess. */
    static final Set<String> ENTRY_AND_EXIT = Set.of("startEvent", "noneEndEvent");

    private static boolean isRouting(Object entity) {
        ActivityImpl activity = entity instanceof ExecutionEntity execution ? execution.getActivity() : null;
        if (activity == null) {
            return false;
        }
        String type = activity.getProperties().get(BpmnProperties.TYPE);
        return ROUTING.contains(type) || ENTRY_AND_EXIT.contains(type) && insideEmbeddedSubprocess(activity);
    }

    private static boolean insideEmbeddedSubprocess(ActivityImpl activity) {
        return activity.getFlowScope() instanceof ActivityImpl scope
                && "subProcess".equals(scope.getProperties().get(BpmnProperties.TYPE))
                && !Boolean.TRUE.equals(scope.getProperties().get(BpmnProperties.TRIGGERED_BY_EVENT));
    }
}
