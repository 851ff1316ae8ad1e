package fi.perhekeskus.platform.axon;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command loads its plan, and a plan's events only grow: once loading one takes more than
 * {@link #EVENTS_BETWEEN_SNAPSHOTS} events, its state is stored as a snapshot and later loads start
 * from it. A snapshot is only a shortcut through the events: the aggregate's {@code @Revision} names
 * its stored form, Axon ignores snapshots of another revision and replays the events instead, and
 * history is always read from the events themselves.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    static final String PLAN_SNAPSHOTS = "planSnapshots";

    /** A few months of an active family's plan; loading this many events takes a few milliseconds. */
    static final int EVENTS_BETWEEN_SNAPSHOTS = 50;

    @Bean(PLAN_SNAPSHOTS)
    SnapshotTriggerDefinition planSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }
}
