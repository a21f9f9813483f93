package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** The engine runs as configured: history with a time to live and a cleanup window, retries, no known users. */
@SpringBootTest(classes = WorkflowTestApplication.class)
class CamundaSettingsIntegrationTest {

    private static final Path PORTAL_YAML = Path.of("../portal-ui/src/main/resources/application.yml");

    @Autowired
    ProcessEngine engine;

    @Test
    void historyIsOnAndCleanedUpAndFailedJobsAreRetried() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistory()).isEqualTo("activity");
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT1M");
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isTaskMetricsEnabled()).as("a row for each task given to someone").isFalse();

        ProcessDefinition review = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(LessonReviewProcess.KEY).latestVersion().singleResult();
        assertThat(review.getHistoryTimeToLive()).isEqualTo(180);
    }

    @Test
    void noUserIsCreatedWithAKnownPassword() {
        assertThat(engine.getIdentityService().createUserQuery().count()).isZero();
    }

    @Test
    void thePortalsSettingsAreTheOnesTestedHere() {
        assumeTrue(Files.exists(PORTAL_YAML), "portal-ui's application.yml is next to this module");
        Map<String, String> portal = section(new FileSystemResource(PORTAL_YAML));
        Map<String, String> tests = section(new ClassPathResource("application.yml"));
        // the only differences: tests run the jobs and the check of due reviews themselves, deploy a process of
        // their own beside the portal's, and the portal's address depends on its port
        assertThat(portal.remove("camunda.bpm.job-execution.enabled")).isEqualTo("true");
        assertThat(tests.remove("camunda.bpm.job-execution.enabled")).isEqualTo("false");
        assertThat(portal.remove("camunda.bpm.deployment-resource-pattern")).isEqualTo("classpath*:bpmn/*.bpmn")
                .isEqualTo(tests.remove("camunda.bpm.deployment-resource-pattern[0]"));
        assertThat(tests.remove("camunda.bpm.deployment-resource-pattern[1]")).isEqualTo("classpath*:bpmn-test/*.bpmn");
        assertThat(portal.remove("lessons.review.notifications.base-url")).isNotBlank();
        tests.remove("lessons.review.notifications.base-url");
        assertThat(portal.remove("lessons.review.due-check-interval")).isEqualTo("PT1M");
        assertThat(tests.remove("lessons.review.due-check-interval")).isEqualTo("P1D");
        assertThat(portal).isEqualTo(tests);
    }

    private static Map<String, String> section(Resource yaml) {
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(yaml);
        Properties properties = factory.getObject();
        Map<String, String> section = new TreeMap<>();
        properties.forEach((key, value) -> {
            String name = key.toString();
            if (name.startsWith("camunda.") || name.startsWith("lessons.review.")) {
                section.put(name, value.toString());
            }
        });
        return section;
    }
}
