package org.lessonsportal.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** At start, a database the engine recorded at history level {@code full} is moved to {@code activity}. */
@SpringBootTest(classes = WorkflowTestApplication.class)
class HistoryAtActivityLevelIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aDatabaseRecordedAtFullIsMovedToActivityAtStart() {
        ManagementService management = engine.getManagementService();
        management.setProperty("historyLevel", "3");
        try {
            new HistoryAtActivityLevel()
                    .postInit((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());

            assertThat(management.getProperties()).containsEntry("historyLevel", "1");
        } finally {
            management.setProperty("historyLevel", "1");
        }
    }
}
