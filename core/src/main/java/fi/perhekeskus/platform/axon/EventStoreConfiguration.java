package fi.perhekeskus.platform.axon;

import java.util.List;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * Events and snapshots through Axon's JDBC engine: its bounded tracking query stays fast on a
 * large table where the JPA engine's does not. The tables are Liquibase's, in snake case.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    static final String EVENT_TABLE = "domain_event_entry";
    private static final int UNIQUE_VIOLATION = 23505;

    /**
     * How far behind the newest event a tracking processor still waits for an earlier global index
     * to commit. Axon's default of 10,000 is passed within a transaction timeout at a few hundred
     * commands a second; the gaps a token holds are only the indexes actually still missing.
     */
    private static final int MAX_GAP_OFFSET = 10_000_000;

    /**
     * A global index is taken when a transaction inserts its event; a tracking processor waits
     * for a missing index until the events after it are older than the gap timeout. Every
     * transaction ends within the transaction timeout, so an event committing late is seen as long
     * as the gap timeout exceeds twice the transaction timeout: the late event's own transaction,
     * plus the one after it whose event's time (taken inside that transaction) starts the clock.
     */
    @Bean
    EventStorageEngine eventStorageEngine(DataSource dataSource, TransactionManager transactionManager,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration,
                                          @Value("${familycentre.database.transaction-timeout-ms}") int transactionTimeout,
                                          @Value("${familycentre.events.gap-timeout-ms}") int gapTimeout) {
        if (gapTimeout <= 2 * transactionTimeout) {
            throw new IllegalStateException("familycentre.events.gap-timeout-ms (" + gapTimeout
                    + ") must exceed twice familycentre.database.transaction-timeout-ms (" + transactionTimeout
                    + "), or a tracking processor could skip an event that commits late");
        }
        return JdbcEventStorageEngine.builder()
                .gapTimeout(gapTimeout)
                .maxGapOffset(MAX_GAP_OFFSET)
                .connectionProvider(connectionProvider(dataSource))
                .transactionManager(transactionManager)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(SerializerConfiguration.snapshotSerializer())
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                // PgJDBC reports a unique violation only as SQL state 23505, not as the JDBC
                // subclass Axon's JDBC resolver looks for; without this a concurrent append to the
                // same case would not surface as Axon's ConcurrencyException.
                .persistenceExceptionResolver(new SQLErrorCodesResolver(List.of(UNIQUE_VIOLATION)))
                .dataType(byte[].class)
                .schema(schema())
                .build();
    }

    static EventSchema schema() {
        return EventSchema.builder()
                .eventTable(EVENT_TABLE)
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    private static ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }
}
