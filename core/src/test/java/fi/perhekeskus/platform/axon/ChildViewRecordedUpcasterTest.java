package fi.perhekeskus.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.HowHeard;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** A child's view stored before revision 2 is read as one whose words the guardians are not shown. */
class ChildViewRecordedUpcasterTest {

    private final Serializer serializer = new SerializerConfiguration().eventSerializer();

    @Test
    void aRevisionOneViewIsReadAsNotShownToTheGuardians() throws IOException {
        byte[] stored = Files.readAllBytes(Path.of("src/test/resources/events/ChildViewRecorded-rev1.json"));
        var entry = new GenericDomainEventEntry<>("SharedPlan", UUID.randomUUID().toString(), 3,
                UUID.randomUUID().toString(), Instant.parse("2026-11-22T10:15:30Z"), ChildViewRecorded.class.getName(),
                "1", stored, "{}".getBytes());

        List<IntermediateEventRepresentation> upcast = new ChildViewRecordedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        var read = (ChildViewRecorded) serializer.deserialize(new SimpleSerializedObject<>(
                upcast.get(0).getData(byte[].class).getData(), byte[].class, upcast.get(0).getType()));
        assertThat(read.wordsShownToGuardians()).isFalse();
        assertThat(read.view()).isEqualTo("Sample view");
        assertThat(read.howHeard()).isEqualTo(HowHeard.CONVERSATION);
    }
}
