package org.lessonsportal.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.junit.jupiter.api.Test;

/** A database the portal ran on at history level {@code full} moves to {@code activity}; no other is touched. */
class HistoryAtActivityLevelTest {

    @Test
    void aDatabaseAtFullMovesToActivity() {
        PropertyEntity level = new PropertyEntity("historyLevel", "3");

        HistoryAtActivityLevel.moveFromFull(level);

        assertThat(level.getValue()).isEqualTo("1");
    }

    @Test
    void aDatabaseAtAnotherLevelIsLeftForTheEngineToRefuse() {
        PropertyEntity level = new PropertyEntity("historyLevel", "2");

        HistoryAtActivityLevel.moveFromFull(level);

        assertThat(level.getValue()).isEqualTo("2");
    }
}
