package org.lessonsportal.portal.demo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.organisation.OdsFile;
import org.lessonsportal.domain.organisation.OdsImportReport;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * When the demo's ODS sample is imported: into a new database before the portal is ready (the demo lessons name its
 * organisations); into one an earlier start filled, a while after the portal is ready, off the start-up path.
 */
class DemoOrganisationsTest {

    private final OdsReferenceService reference = mock(OdsReferenceService.class);
    private final LessonService lessons = mock(LessonService.class);

    @BeforeEach
    void eachFileImports() {
        when(reference.importAsSystem(any(), any())).thenReturn(mock(OdsImportReport.class));
    }

    @Test
    void aNewDatabaseGetsTheSampleBeforeThePortalIsReady() {
        when(lessons.recentlyPublished(1)).thenReturn(List.of());
        DemoOrganisations demo = new DemoOrganisations(reference, lessons, new DemoSettings(true));

        demo.run(new DefaultApplicationArguments());

        verify(reference).importAsSystem(eq(OdsFile.TRUSTS), any());
    }

    @Test
    void aDatabaseAnEarlierStartFilledGetsItOnceThePortalIsReady() throws Exception {
        when(lessons.recentlyPublished(1)).thenReturn(List.of(new LessonSummary(1L, "A lesson", LessonState.PUBLISHED,
                2L, 3L, 1, LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T10:00:00Z"), null)));
        DemoOrganisations demo = new DemoOrganisations(reference, lessons, new DemoSettings(true),
                Duration.ofMillis(200));

        demo.run(new DefaultApplicationArguments());
        verify(reference, never()).importAsSystem(any(), any());

        demo.loadOnceReady();
        verify(reference, never()).importAsSystem(any(), any());
        verify(reference, timeout(5_000)).importAsSystem(eq(OdsFile.TRUSTS), any());
        demo.awaitLoading();
    }

    @Test
    void aStopBeforeTheImportBeganSkipsIt() throws Exception {
        when(lessons.recentlyPublished(1)).thenReturn(List.of(new LessonSummary(1L, "A lesson", LessonState.PUBLISHED,
                2L, 3L, 1, LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T10:00:00Z"), null)));
        DemoOrganisations demo = new DemoOrganisations(reference, lessons, new DemoSettings(true),
                DemoOrganisations.RELOAD_AFTER);
        demo.run(new DefaultApplicationArguments());
        demo.loadOnceReady();

        demo.awaitLoading();

        verify(reference, after(300).never()).importAsSystem(any(), any());
    }

    @Test
    void withoutDemoDataNothingIsImported() {
        DemoOrganisations demo = new DemoOrganisations(reference, lessons, new DemoSettings(false));

        demo.run(new DefaultApplicationArguments());
        demo.loadOnceReady();

        verify(reference, never()).importAsSystem(any(), any());
        verify(lessons, never()).recentlyPublished(1);
    }
}
