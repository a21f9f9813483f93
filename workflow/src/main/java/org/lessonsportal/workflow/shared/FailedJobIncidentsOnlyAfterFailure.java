package org.lessonsportal.workflow.shared;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * A job that has just run successfully is deleted without looking for its incidents. The engine looks for the
 * incidents of every job it deletes (one statement each: four a review cycle, one per asynchronous step), but a
 * failed-job incident exists only while the job has no retries left: the engine makes it when the retries reach zero
 * and resolves it when they are set above zero again. A job the engine is running with retries left therefore has
 * none. Every other removal (a job deleted with its process, retries set again after an incident, a job at zero
 * retries) looks for them as before (docs/adr/0070).
 */
@Component
class FailedJobIncidentsOnlyAfterFailure extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getIncidentHandlers().put(Incident.FAILED_JOB_HANDLER_TYPE, new Handler());
    }

    /** The engine's handler of failed-job incidents, but for the job being run with retries left. */
    static final class Handler extends DefaultIncidentHandler {

        Handler() {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
        }

        @Override
        protected void removeIncident(IncidentContext context, boolean incidentResolved) {
            if (!runningWithRetriesLeft(context.getConfiguration())) {
                super.removeIncident(context, incidentResolved);
            }
        }

        /** Whether the job is the one this command runs and it still has retries (so no incident was ever left). */
        private static boolean runningWithRetriesLeft(String jobId) {
            CommandContext command = Context.getCommandContext();
            JobEntity running = command == null ? null : command.getCurrentJob();
            return jobId != null && running != null && jobId.equals(running.getId()) && running.getRetries() > 0;
        }
    }
}
