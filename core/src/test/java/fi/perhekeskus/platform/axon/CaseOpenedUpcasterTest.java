package fi.perhekeskus.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.FamilyLanguage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** A case opened before the family's language was recorded is read as Finnish, without an interpreter. */
class CaseOpenedUpcasterTest {

    private final Serializer serializer = new SerializerConfiguration().eventSerializer();

    @Test
    void aRevisionOneOpeningIsReadAsFinnishWithoutAnInterpreter() throws IOException {
        byte[] stored = Files.readAllBytes(Path.of("src/test/resources/events/CaseOpened-rev1.json"));
        var entry = new GenericDomainEventEntry<>("SharedPlan", UUID.randomUUID().toString(), 0,
                UUID.randomUUID().toString(), Instant.parse("2026-11-22T10:15:30Z"), CaseOpened.class.getName(),
                "1", stored, "{}".getBytes());

        List<IntermediateEventRepresentation> upcast = new CaseOpenedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        var read = (CaseOpened) serializer.deserialize(new SimpleSerializedObject<>(
                upcast.get(0).getData(byte[].class).getData(), byte[].class, upcast.get(0).getType()));
        assertThat(read.language()).isEqualTo(FamilyLanguage.FINNISH);
        assertThat(read.members()).singleElement()
                .satisfies(member -> assertThat(member.displayName()).isEqualTo("Sample displayName"));
    }
}
