package org.lessonsportal.workflow.shared;

import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's history at level {@code activity} (process instances, the activities they passed, user tasks: what the
 * portal and its tests read; without the process's routing, {@link ActivityHistoryWithoutRouting}), without the work
 * level {@code full} left behind: when a process ends, its removal time for the nightly cleanup goes on those three
 * history tables only, not on every history table there is. A database the portal ran on at level {@code full} is
 * moved to {@code activity} once, at start; what was written at {@code full} stays until its cleanup
 * (docs/adr/0056).
 */
@Component
class HistoryAtActivityLevel extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryAtActivityLevel.class);
    private static final String HISTORY_LEVEL_PROPERTY = "historyLevel";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventProducer(new RemovalTimeWhereWritten());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (HistoryLevel.HISTORY_LEVEL_ACTIVITY.getName().equals(configuration.getHistory())) {
            // the same level (id and name) the engine found, less the routing: checked at each event, so set here
            configuration.setHistoryLevel(new ActivityHistoryWithoutRouting());
            configuration.getCommandExecutorSchemaOperations().execute(context -> {
                if (context.getDbSqlSession().isTablePresent("ACT_GE_PROPERTY")) {
                    moveFromFull(context.getPropertyManager().findPropertyById(HISTORY_LEVEL_PROPERTY));
                }
                return null;
            });
        }
    }

    /** Moves a database recorded at history level {@code full} to {@code activity}; leaves any other as it is. */
    static void moveFromFull(PropertyEntity level) {
        if (level != null && String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()).equals(level.getValue())) {
            LOG.info("History level: the database's moves from full to activity");
            level.setValue(String.valueOf(HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId()));
        }
    }

    /**
     * The engine's producer, except that at level {@code activity} the removal time at the end of a process goes only
     * where that level writes: the process instance, its activities and its user tasks.
     */
    static final class RemovalTimeWhereWritten extends CacheAwareHistoryEventProducer {

        @Override
        protected void addRemovalTimeToHistoricProcessInstances(String rootProcessInstanceId, Date removalTime) {
            if (atActivityLevel()) {
                // the process instance's own row always, and of the other history tables these two
                Context.getCommandContext().getHistoricProcessInstanceManager()
                        .addRemovalTimeToProcessInstancesByRootProcessInstanceId(rootProcessInstanceId, removalTime,
                                null, Set.of(HistoricActivityInstanceEventEntity.class.getName(),
                                        HistoricTaskInstanceEventEntity.class.getName()));
            } else {
                super.addRemovalTimeToHistoricProcessInstances(rootProcessInstanceId, removalTime);
            }
        }

        @Override
        protected void addRemovalTimeToHistoricDecisions(String rootProcessInstanceId, Date removalTime) {
            if (!atActivityLevel()) {
                super.addRemovalTimeToHistoricDecisions(rootProcessInstanceId, removalTime);
            }
        }

        private static boolean atActivityLevel() {
            return Context.getProcessEngineConfiguration().getHistoryLevel().getId()
                    == HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId();
        }
    }
}
