package org.lessonsportal.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code lessons.import.file} decides whether the portal imports a file and exits, or serves pages. */
class ImportSettingsTest {

    @EnableConfigurationProperties(ImportSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void unsetThePortalServesPages() {
        runner.run(context -> assertThat(context.getBean(ImportSettings.class).requested()).isFalse());
    }

    @Test
    void theFileGivenOnTheCommandLineOrAsASystemPropertyIsImported() {
        runner.withPropertyValues("lessons.import.file=/srv/imports/lessons.json").run(context -> {
            ImportSettings settings = context.getBean(ImportSettings.class);
            assertThat(settings.requested()).isTrue();
            assertThat(settings.path()).isEqualTo(Path.of("/srv/imports/lessons.json"));
        });
        runner.withSystemProperties("lessons.import.file=lessons.csv").run(context -> assertThat(
                context.getBean(ImportSettings.class).path()).isEqualTo(Path.of("lessons.csv")));
    }
}
