package org.lessonsportal.identity;

import com.vaadin.flow.component.Component;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What identity needs in every kind of run, web or command line: the OIDC, session, public address and directory
 * sync settings, and method security (services check roles themselves with {@code @PreAuthorize}, or
 * {@code @RolesAllowed}; views are checked by Vaadin's navigation access control).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({OidcSettings.class, SessionSettings.class, PublicUrlSettings.class,
        DirectorySyncSettings.class})
class IdentityConfiguration {

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, checked at each call as Spring
     * Security's own JSR-250 support does, but not on Vaadin's views and components: on those the same annotations
     * are read by Vaadin's navigation access control when a person opens a page (docs/adr/0058). Checked by Spring too,
     * every view was made a proxy whose every method (even {@code getElement()}) asked for the person's roles.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static AuthorizationManagerBeforeMethodInterceptor rolesAllowedOnServices() {
        ClassFilter notVaadin = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                        .intersection(notVaadin),
                new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }
}
