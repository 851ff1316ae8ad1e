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
import org.springframework.context.annotation.Bean;

/**
 * Events and snapshots through Axon's JDBC engine: its bounded tracking query stays fast on a
 * large table where the JPA engine's does not. The tables are Liquibase's, in snake case.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    static final String EVENT_TABLE = "domain_event_entry";
    private static final int UNIQUE_VIOLATION = 23505;

    @Bean
    EventStorageEngine eventStorageEngine(DataSource dataSource, TransactionManager transactionManager,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration) {
        return JdbcEventStorageEngine.builder()
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
