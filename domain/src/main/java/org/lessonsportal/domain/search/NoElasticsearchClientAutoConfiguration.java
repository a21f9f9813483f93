package org.lessonsportal.domain.search;

import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Keeps Spring Boot from making an Elasticsearch client of its own (and its node sniffer and health check) because
 * Hibernate Search's Elasticsearch backend brought the client library: the portal talks to OpenSearch only through
 * Hibernate Search ({@code lessons.search.engine=opensearch}), which makes its own client from
 * {@code lessons.search.opensearch-uris}. Without this, every application would try {@code localhost:9200} every few
 * minutes and report itself down in {@code /actuator/health}, whatever engine it uses.
 */
final class NoElasticsearchClientAutoConfiguration implements AutoConfigurationImportFilter {

    private static final Set<String> LEFT_OUT = Set.of(
            "org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration",
            "org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.elasticsearch.ElasticsearchRestHealthContributorAutoConfiguration");

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            match[i] = autoConfigurationClasses[i] == null || !LEFT_OUT.contains(autoConfigurationClasses[i]);
        }
        return match;
    }
}
