package fi.perhekeskus.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

/** The cache contract Axon's caching repository relies on. */
class PlansInMemoryTest {

    private final Cache plans = new PlansInMemory(10);

    @Test
    void keepsWhatWasPutUntilRemoved() {
        plans.put("a", "plan a");
        assertThat(plans.<String, String>get("a")).isEqualTo("plan a");
        assertThat(plans.containsKey("a")).isTrue();

        assertThat(plans.remove("a")).isTrue();
        assertThat(plans.remove("a")).isFalse();
        assertThat(plans.<String, String>get("a")).isNull();
    }

    @Test
    void putsIfAbsentAndComputesOnlyWhatIsThere() {
        assertThat(plans.putIfAbsent("a", "first")).isTrue();
        assertThat(plans.putIfAbsent("a", "second")).isFalse();
        assertThat(plans.computeIfAbsent("a", () -> "third")).isEqualTo("first");

        plans.<String>computeIfPresent("a", value -> value + "!");
        plans.<String>computeIfPresent("b", value -> "never");
        assertThat(plans.<String, String>get("a")).isEqualTo("first!");
        assertThat(plans.containsKey("b")).isFalse();
    }

    @Test
    void forgetsEverythingAtOnce() {
        plans.put("a", "plan a");
        plans.put("b", "plan b");

        plans.removeAll();

        assertThat(plans.containsKey("a")).isFalse();
        assertThat(plans.containsKey("b")).isFalse();
    }

    @Test
    void takesNoListeners() {
        assertThatThrownBy(() -> plans.registerCacheEntryListener(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
