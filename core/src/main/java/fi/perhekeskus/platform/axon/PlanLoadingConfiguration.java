package fi.perhekeskus.platform.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command loads its plan, and a plan's events only grow.
 *
 * <p>The plans used most recently are kept in memory between commands. That is only a shortcut:
 * the event store still refuses an event whose number is taken, so a kept copy that another
 * instance of the application has overtaken fails its command as a concurrent change (409, retry),
 * and Axon drops a copy whose command failed.
 *
 * <p>Once loading a plan takes more than {@link #EVENTS_BETWEEN_SNAPSHOTS} events, its state is
 * stored as a snapshot and later loads start from it. The aggregate's {@code @Revision} names the
 * snapshot's form, Axon ignores snapshots of another revision and replays the events instead, and
 * history is always read from the events themselves.
 */
@Configuration(proxyBeanMethods = false)
class PlanLoadingConfiguration {

    static final String PLAN_SNAPSHOTS = "planSnapshots";
    static final String PLANS_IN_MEMORY = "plansInMemory";

    /** More than the families a centre works with in a week; each plan is a few kilobytes. */
    static final long PLANS_KEPT = 2_000;

    /** A few months of an active family's plan; loading this many events takes a few milliseconds. */
    static final int EVENTS_BETWEEN_SNAPSHOTS = 50;

    @Bean(PLAN_SNAPSHOTS)
    SnapshotTriggerDefinition planSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }

    /**
     * A heap store keeps the plans themselves, not copies. Axon's own weak-reference cache would
     * lose a plan at the next garbage collection, which under load comes before its next command.
     */
    @Bean(destroyMethod = "close")
    CacheManager planCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache(PLANS_IN_MEMORY, CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(PLANS_KEPT)))
                .build(true);
    }

    @Bean(PLANS_IN_MEMORY)
    Cache plansInMemory(CacheManager planCacheManager) {
        return new EhCache3Adapter((Ehcache<Object, Object>) planCacheManager.getCache(PLANS_IN_MEMORY, Object.class,
                Object.class));
    }
}
