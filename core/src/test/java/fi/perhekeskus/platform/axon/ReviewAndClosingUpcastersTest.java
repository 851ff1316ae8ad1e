package fi.perhekeskus.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import fi.perhekeskus.plan.api.CaseClosed;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.ReviewRecorded;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;

/**
 * A review recorded before participants were told apart keeps them as written and followed up no
 * need; a case closed before the closing summary was asked has none.
 */
class ReviewAndClosingUpcastersTest {

    private final Serializer serializer = new SerializerConfiguration().eventSerializer();

    @Test
    void aRevisionOneReviewKeepsItsParticipantsAsWrittenAndFollowsUpNoNeed() throws IOException {
        var read = (ReviewRecorded) upcast(new ReviewRecordedUpcaster(), ReviewRecorded.class);

        assertThat(read.participants()).containsExactly(
                new ReviewParticipant(ReviewParticipant.Kind.NAMED, null, null, "Sample participants", null));
        assertThat(read.followUps()).isEmpty();
        assertThat(read.summary()).isEqualTo("Sample summary");
        assertThat(read.nextReviewOn()).isNotNull();
    }

    @Test
    void aRevisionOneClosingHasNoSummaryForTheFamilyNorReferral() throws IOException {
        var read = (CaseClosed) upcast(new CaseClosedUpcaster(), CaseClosed.class);

        assertThat(read.reason()).isEqualTo("Sample reason");
        assertThat(read.summaryForFamily()).isNull();
        assertThat(read.referredTo()).isNull();
    }

    private Object upcast(SingleEventUpcaster upcaster, Class<?> type) throws IOException {
        byte[] stored = Files.readAllBytes(Path.of("src/test/resources/events/" + type.getSimpleName() + "-rev1.json"));
        var entry = new GenericDomainEventEntry<>("SharedPlan", UUID.randomUUID().toString(), 0,
                UUID.randomUUID().toString(), Instant.parse("2026-11-22T10:15:30Z"), type.getName(), "1", stored,
                "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(new SimpleSerializedObject<>(upcast.get(0).getData(byte[].class).getData(),
                byte[].class, upcast.get(0).getType()));
    }
}
