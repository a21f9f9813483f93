package org.lessonsportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/** What Spring Boot prints when start-up fails, for tests of the settings' checks. */
public final class StartUpFailures {

    private StartUpFailures() {
    }

    /** The description and action of the failure analysis Spring Boot prints for this start-up failure. */
    public static String message(Throwable failure) {
        assertThat(failure).as("start-up failure").isNotNull();
        // the analysers that need the bean factory are left out; the ones about binding settings need nothing
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, FailureHandler.handleMessage((message, e) -> { }));
        FailureAnalysis analysis = analyzers.stream().map(analyzer -> analyzer.analyze(failure))
                .filter(Objects::nonNull).findFirst().orElseThrow();
        return analysis.getDescription() + "\n" + analysis.getAction();
    }
}
