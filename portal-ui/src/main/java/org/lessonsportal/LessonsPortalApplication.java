package org.lessonsportal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.util.Map;
import org.lessonsportal.portal.cli.ImportSettings;
import org.lessonsportal.portal.deployment.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lessons Portal: where NHS organisations share what they learned from finished projects. Lives in the root package
 * so that component scanning covers every module.
 */
@SpringBootApplication
@Theme("lessons")
@Push
public class LessonsPortalApplication implements AppShellConfigurator {

    /** The portal's own icon (an open book on NHS blue; not the NHS logo) */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }

    public static void main(String[] args) {
        // before H2 can start: the embedded database's server listens on this machine only
        EmbeddedDatabase.bindToLoopback();
        ConfigurableApplicationContext context = SpringApplication.run(LessonsPortalApplication.class, args);
        if (context.getBean(ImportSettings.class).requested()) {
            // ./portal import FILE: a one-off command, not a server
            System.exit(SpringApplication.exit(context));
        }
    }
}
