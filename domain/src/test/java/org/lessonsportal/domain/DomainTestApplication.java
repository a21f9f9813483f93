package org.lessonsportal.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** The smallest application that runs the domain module's services against a real database, for its tests. */
@SpringBootApplication
@EnableMethodSecurity(jsr250Enabled = true)
public class DomainTestApplication {
}
