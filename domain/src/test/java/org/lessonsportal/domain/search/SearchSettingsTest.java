package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.SearchSettings.DirectoryType;
import org.lessonsportal.domain.search.SearchSettings.ReindexOnStart;
import org.lessonsportal.domain.search.SearchSettings.Synchronization;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code lessons.search.*} is bound in one place, with its defaults, and a bad value stops start-up plainly. */
class SearchSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SearchConfiguration.class);

    @Test
    void theDefaultsBindWhenNothingIsSet() {
        runner.run(context -> {
            SearchSettings settings = context.getBean(SearchSettings.class);
            assertThat(settings.directoryPath()).isEqualTo(Path.of("./data/search-index"));
            assertThat(settings.directoryType()).isNull();
            assertThat(settings.synonymsFile()).isNull();
            assertThat(settings.synchronization()).isEqualTo(Synchronization.WRITE_SYNC);
            assertThat(settings.reindexOnStart()).isEqualTo(ReindexOnStart.IF_EMPTY);
            assertThat(settings.facetCacheSize()).isEqualTo(500);
            assertThat(settings.semantic()).isTrue();
            assertThat(settings.queryVectorCacheSize()).isEqualTo(256);
            assertThat(context.getBeanProvider(SentenceEmbeddings.class).getIfAvailable()).isNotNull();
        });
    }

    @Test
    void unsetTheIndexIsInMemoryExactlyWhenTheDatabaseIs() {
        runner.run(context -> {
            SearchSettings settings = context.getBean(SearchSettings.class);
            assertThat(settings.directoryTypeFor(null)).isEqualTo(DirectoryType.LOCAL_HEAP);
            assertThat(settings.directoryTypeFor("jdbc:h2:mem:test")).isEqualTo(DirectoryType.LOCAL_HEAP);
            assertThat(settings.directoryTypeFor("jdbc:h2:file:./data/lessons"))
                    .isEqualTo(DirectoryType.LOCAL_FILESYSTEM);
            assertThat(settings.directoryTypeFor("jdbc:postgresql://db/lessons"))
                    .isEqualTo(DirectoryType.LOCAL_FILESYSTEM);
        });
        runner.withPropertyValues("lessons.search.directory-type=local-filesystem").run(context -> assertThat(
                context.getBean(SearchSettings.class).directoryTypeFor("jdbc:h2:mem:test"))
                .isEqualTo(DirectoryType.LOCAL_FILESYSTEM));
    }

    @Test
    void valuesBindAsTheyAreWrittenInTheSettings() {
        runner.withPropertyValues("lessons.search.directory=/srv/lessons/index",
                "lessons.search.directory-type=Local-Heap", "lessons.search.synonyms-file=",
                "lessons.search.synchronization=sync", "lessons.search.reindex-on-start=never",
                "lessons.search.facet-cache-size=0", "lessons.search.query-vector-cache-size=0").run(context -> {
                    SearchSettings settings = context.getBean(SearchSettings.class);
                    assertThat(settings.directoryPath()).isEqualTo(Path.of("/srv/lessons/index"));
                    assertThat(settings.directoryType()).isEqualTo(DirectoryType.LOCAL_HEAP);
                    assertThat(settings.synonymsFile()).isNull();
                    assertThat(settings.synchronization()).hasToString("sync");
                    assertThat(settings.reindexOnStart()).isEqualTo(ReindexOnStart.NEVER);
                    assertThat(settings.facetCacheSize()).isZero();
                    assertThat(settings.queryVectorCacheSize()).isZero();
                });
    }

    @Test
    void relativeFilesAreTakenFromTheWorkingDirectoryEvenWhenTheClasspathHasOneOfThatName() {
        runner.withPropertyValues("lessons.search.synonyms-file=" + SynonymRules.BUILT_IN,
                "lessons.search.directory=search").run(context -> {
                    SearchSettings settings = context.getBean(SearchSettings.class);
                    assertThat(settings.synonymsFilePath()).isEqualTo(Path.of(SynonymRules.BUILT_IN));
                    assertThat(settings.directoryPath()).isEqualTo(Path.of("search"));
                });
    }

    @Test
    void theBenchmarksSystemPropertiesAreReadToo() {
        runner.withSystemProperties("lessons.search.facet-cache-size=0", "lessons.search.semantic=false")
                .run(context -> {
                    assertThat(context.getBean(SearchSettings.class).facetCacheSize()).isZero();
                    assertThat(context.getBean(SearchSettings.class).semantic()).isFalse();
                    assertThat(context.getBeanProvider(SentenceEmbeddings.class).getIfAvailable())
                            .as("no ranking by meaning").isNull();
                });
    }

    @Test
    void aNegativeCacheSizeStopsStartUpNamingTheSettingAndWhatIsAllowed() {
        assertStartUpFails("lessons.search.facet-cache-size=-1", "lessons.search.facet-cache-size",
                "must be 0 (no cache) or more");
        assertStartUpFails("lessons.search.query-vector-cache-size=-5", "lessons.search.query-vector-cache-size",
                "must be 0 (no cache) or more");
    }

    @Test
    void anUnknownChoiceStopsStartUpListingTheAllowedOnes() {
        assertStartUpFails("lessons.search.directory-type=disk", "lessons.search.directory-type",
                "local-filesystem", "local-heap");
        assertStartUpFails("lessons.search.reindex-on-start=sometimes", "lessons.search.reindex-on-start",
                "if-empty", "always", "never");
        assertStartUpFails("lessons.search.synchronization=later", "lessons.search.synchronization",
                "write-sync", "async");
    }

    @Test
    void aValueOfTheWrongKindStopsStartUpNamingTheSetting() {
        assertStartUpFails("lessons.search.facet-cache-size=lots", "lessons.search.facet-cache-size");
        assertStartUpFails("lessons.search.semantic=perhaps", "lessons.search.semantic");
    }

    private void assertStartUpFails(String setting, String... messageParts) {
        runner.withPropertyValues(setting).run(context -> assertThat(
                StartUpFailures.message(context.getStartupFailure())).contains(messageParts));
    }
}
