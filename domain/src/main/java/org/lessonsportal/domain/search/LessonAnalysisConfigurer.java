package org.lessonsportal.domain.search;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the {@link LessonAnalyzers} instances under their names for the Lucene backend. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class LessonAnalysisConfigurer implements LuceneAnalysisConfigurer {

    private final LessonAnalyzers analyzers;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(LessonAnalyzers.INDEX).instance(analyzers.index());
        context.analyzer(LessonAnalyzers.SEARCH).instance(analyzers.currentSearch());
        context.analyzer(LessonAnalyzers.SPELLING).instance(analyzers.spelling());
        context.normalizer(LessonAnalyzers.KEYWORD).instance(analyzers.keyword());
    }
}
