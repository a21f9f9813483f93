package db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Hibernate Search's outbox-polling coordination, used when the search runs on OpenSearch
 * ({@code lessons.search.engine=opensearch}): a transaction that changes a lesson writes an event in the same commit,
 * and a node's agent reads it and updates the index, so every node's changes reach the one index; the agents register
 * in {@code hsearch_agent} to share the events. Unused (and empty) with the embedded Lucene index.
 * <p>
 * Written in Java, not SQL, for one column type only: Hibernate validates the events' payload as {@code bytea} on
 * PostgreSQL and as {@code blob} on H2, and neither database has the other's type.
 */
public class V21__search_outbox extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String binary = product.contains("postgres") ? "bytea" : "blob";
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create table hsearch_outbox_event (
                        id             uuid                     not null primary key,
                        entity_name    varchar(256)             not null,
                        entity_id      varchar(256)             not null,
                        entity_id_hash integer                  not null,
                        tenant_id      varchar(255),
                        payload        %s                       not null,
                        retries        integer                  not null,
                        process_after  timestamp with time zone not null,
                        status         varchar(20)              not null
                    )""".formatted(binary));
            statement.execute("create index ix_hsearch_outbox_event_hash on hsearch_outbox_event (entity_id_hash)");
            statement.execute("create index ix_hsearch_outbox_event_status on hsearch_outbox_event (status)");
            statement.execute(
                    "create index ix_hsearch_outbox_event_process_after on hsearch_outbox_event (process_after)");
            statement.execute("""
                    create table hsearch_agent (
                        id                   uuid                     not null primary key,
                        type                 varchar(40)              not null,
                        name                 varchar(255)             not null,
                        tenant_id            varchar(255),
                        expiration           timestamp with time zone not null,
                        state                varchar(20)              not null,
                        total_shard_count    integer,
                        assigned_shard_index integer,
                        payload              %s
                    )""".formatted(binary));
        }
    }
}
