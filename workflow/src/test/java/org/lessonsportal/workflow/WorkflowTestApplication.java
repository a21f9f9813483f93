package org.lessonsportal.workflow;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The smallest application that runs the workflow with the domain against a real database, for this module's tests:
 * scans all of {@code org.lessonsportal} (domain and workflow) for beans, entities and repositories, as the portal's
 * application in the root package does.
 */
@SpringBootApplication(scanBasePackages = "org.lessonsportal")
@AutoConfigurationPackage(basePackages = "org.lessonsportal")
@EnableMethodSecurity(jsr250Enabled = true)
public class WorkflowTestApplication {
}
