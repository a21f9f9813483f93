package org.lessonsportal.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.junit.jupiter.api.Test;
import org.lessonsportal.workflow.shared.ProjectBeansBeforeVariables.ProjectBeans;
import org.springframework.context.support.StaticApplicationContext;

class ProjectBeansBeforeVariablesTest {

    /** A bean of the project, as a process's expression names it. */
    static class Listener {
    }

    private final StaticApplicationContext beans = new StaticApplicationContext();
    private final ProjectBeans resolver = new ProjectBeans(beans);

    ProjectBeansBeforeVariablesTest() {
        beans.registerSingleton("taskCreatedListener", Listener.class);
        beans.registerSingleton("someLibraryList", ArrayList.class);
        beans.refresh();
    }

    @Test
    void aBeanOfTheProjectIsFoundWithoutAskingForVariables() {
        SimpleContext context = new SimpleContext();
        assertThat(resolver.getValue(context, null, "taskCreatedListener")).isInstanceOf(Listener.class);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void variablesOtherBeansAndPropertiesAreLeftToTheEnginesResolvers() {
        for (String name : new String[] {"lessonId", "someLibraryList"}) {
            SimpleContext context = new SimpleContext();
            assertThat(resolver.getValue(context, null, name)).as(name).isNull();
            assertThat(context.isPropertyResolved()).as(name).isFalse();
        }
        SimpleContext context = new SimpleContext();
        assertThat(resolver.getValue(context, new Listener(), "taskCreatedListener")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }
}
