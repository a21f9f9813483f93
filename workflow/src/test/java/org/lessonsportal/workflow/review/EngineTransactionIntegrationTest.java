package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine works in the application's transactions: {@code camunda-bpm-spring-boot-starter} takes the
 * application's {@code DataSource} and transaction manager (JPA's), so a lesson and its process commit or roll back
 * together.
 */
class EngineTransactionIntegrationTest extends ReviewProcessTestCase {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theEngineUsesTheApplicationsDataSourceAndTransactionManager() {
        SpringProcessEngineConfiguration configuration =
                (SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration();
        assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
        assertThat(configuration.getTransactionManager()).isSameAs(transactionManager);
        assertThat(configuration.getDataSource()).isInstanceOf(TransactionAwareDataSourceProxy.class);
        assertThat(((TransactionAwareDataSourceProxy) configuration.getDataSource()).getTargetDataSource())
                .isSameAs(dataSource);
        assertThat(configuration.isTransactionsExternallyManaged()).isTrue();
    }

    @Test
    void aSubmissionRolledBackLeavesNeitherALessonChangeNorAProcess() {
        LessonDetails draft = support.draft(cast.alice());

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            reviewTasks.submit(draft.id(), cast.alice(), draft.version());
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(String.valueOf(draft.id())).count()).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(lessons.get(draft.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.DRAFT);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(draft.id())).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(draft.id())).count()).isZero();

        // and it can be submitted properly afterwards
        reviewTasks.submit(draft.id(), cast.alice(), draft.version());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(draft.id())).count()).isEqualTo(1);
    }
}
