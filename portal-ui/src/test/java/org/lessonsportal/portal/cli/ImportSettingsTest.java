package org.lessonsportal.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** {@code lessons.import.file} decides whether the portal imports a file and exits, or serves pages. */
class ImportSettingsTest {

    /** What {@link ImportCommand} enables, without the services it needs. */
    @EnableConfigurationProperties(ImportSettings.class)
    static class Settings {
    }

    private final SettingsContext<ImportSettings> settings = SettingsContext.of(Settings.class, ImportSettings.class);

    @Test
    void unsetThePortalServesPages() {
        assertThat(settings.bind().requested()).isFalse();
    }

    @Test
    void theFileGivenOnTheCommandLineOrAsASystemPropertyIsImported() {
        ImportSettings given = settings.bind("lessons.import.file=/srv/imports/lessons.json");
        assertThat(given.requested()).isTrue();
        assertThat(given.path()).isEqualTo(Path.of("/srv/imports/lessons.json"));
        assertThat(settings.bindSystemProperties("lessons.import.file=lessons.csv").path())
                .isEqualTo(Path.of("lessons.csv"));
    }
}
