package fi.perhekeskus.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PlanEvents;
import org.junit.jupiter.api.Test;

/** The history shows every event the plan stores in a shape of its own, and only those. */
class EventDataTest {

    @Test
    void everyStoredEventHasAHistoryShape() {
        assertThat(EventData.types())
                .containsExactlyInAnyOrderElementsOf(PlanEvents.stored());
    }
}
