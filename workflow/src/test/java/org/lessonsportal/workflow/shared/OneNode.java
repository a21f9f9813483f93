package org.lessonsportal.workflow.shared;

import org.lessonsportal.workflow.WorkflowTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One portal node in a process of its own, for {@link NodesStartingTogetherIntegrationTest}: starts the workflow's
 * application with the arguments given, says {@value #STARTED} once it is up, stops, and exits with 0; exits with 1
 * when it could not start.
 */
final class OneNode {

    static final String STARTED = "The node started.";

    private OneNode() {
    }

    public static void main(String[] args) {
        int status = 1;
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(WorkflowTestApplication.class)
                .run(args)) {
            System.out.println(STARTED);
            status = 0;
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        System.exit(status);
    }
}
