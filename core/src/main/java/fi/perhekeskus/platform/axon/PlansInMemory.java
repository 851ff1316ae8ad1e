package fi.perhekeskus.platform.axon;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The plans used most recently, at most {@code size} of them. Axon's own weak-reference cache lets
 * a plan go at the next garbage collection, which under load is before its next command.
 */
final class PlansInMemory implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> plans;

    PlansInMemory(long size) {
        this.plans = Caffeine.newBuilder().maximumSize(size).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) plans.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        plans.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return plans.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) plans.get(key, absent -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        plans.asMap().computeIfPresent(key, (present, value) -> update.apply((V) value));
    }

    @Override
    public boolean remove(Object key) {
        return plans.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        plans.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return plans.asMap().containsKey(key);
    }

    /** Nothing in this application listens to plans coming and going; a listener would never be told. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("Plans in memory have no entry listeners");
    }
}
