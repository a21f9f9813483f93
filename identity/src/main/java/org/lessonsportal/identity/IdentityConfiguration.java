package org.lessonsportal.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What identity needs in every kind of run, web or command line: the OIDC, session, public address and directory
 * sync settings, and method security (services check roles themselves with {@code @PreAuthorize} and
 * {@code @RolesAllowed}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({OidcSettings.class, SessionSettings.class, PublicUrlSettings.class,
        DirectorySyncSettings.class})
class IdentityConfiguration {
}
