package org.lessonsportal.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * The tests' index layout on OpenSearch: Hibernate Search's simple layout ({@code lessons-000001} with the aliases
 * {@code lessons-write} and {@code lessons-read}) with a prefix of its own for each application context, so the
 * contexts Spring keeps for the tests of one run, which share one OpenSearch node, each have their own index, as each
 * has its own in-memory index on Lucene.
 */
public final class IndexPerContextLayout implements IndexLayoutStrategy {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    private final String prefix = "test" + CONTEXTS.incrementAndGet() + "-";

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        return elasticsearchIndexName.replaceFirst("-\\d{6}$", "");
    }
}
