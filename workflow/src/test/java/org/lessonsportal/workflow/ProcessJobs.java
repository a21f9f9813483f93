package org.lessonsportal.workflow;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** The process tests' way to run the engine by hand, as the job executor would (it is off in the tests). */
public final class ProcessJobs {

    private ProcessJobs() {
    }

    /**
     * Runs a process's due jobs (async continuations, due timers) until none is left; returns how many ran. Fails the
     * test when they never run out (a process that loops).
     */
    public static int runAll(ProcessEngine engine, String processInstanceId) {
        int ran = 0;
        for (int i = 0; i < 100; i++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                    .executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
                ran++;
            }
        }
        throw new AssertionError("The jobs of process " + processInstanceId + " never ran out");
    }
}
