package fi.perhekeskus.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.testing.PlanEvents;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Stored events are a contract with every event already in the database: each event type's stored
 * JSON is pinned in {@code src/test/resources/events/<Type>-rev<revision>.json} and must still be
 * read back, to the same value, by the current code. A changed event gets a new revision, a new
 * golden file and an upcaster for the old one; the old file stays.
 *
 * <p>A new event type has no golden file yet: run this test with {@code -Dgolden.write=true} to
 * write it from a sample instance, read it, and commit it.
 */
class StoredEventFormTest {

    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final Instant SAMPLE_TIME = Instant.parse("2026-11-22T10:15:30Z");
    private static final LocalDate SAMPLE_DATE = LocalDate.parse("2026-11-22");

    private final Serializer serializer = new SerializerConfiguration().eventSerializer();
    private final ObjectMapper json = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyStoredTypeReadsItsGoldenFileBack() {
        return eventTypes().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Object sample = sample(type);
            Path golden = GOLDEN.resolve(type.getSimpleName() + "-rev" + revision(type) + ".json");
            if (Files.notExists(golden) && Boolean.getBoolean("golden.write")) {
                Files.createDirectories(GOLDEN);
                Files.write(golden, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                        json.readTree(serializer.serialize(sample, byte[].class).getData())));
            }
            assertThat(golden).as("golden file of %s (run with -Dgolden.write=true to create it)", type.getSimpleName())
                    .exists();
            byte[] stored = Files.readAllBytes(golden);

            Object read = serializer.deserialize(
                    new SimpleSerializedObject<>(stored, byte[].class, type.getName(), revision(type)));
            assertThat(read).isEqualTo(sample);
            assertThat(json.readTree(serializer.serialize(sample, byte[].class).getData()))
                    .isEqualTo(json.readTree(stored));
        }));
    }

    @Test
    void theStoredFormOfAnEventIsExactlyItsComponents() {
        for (Class<?> type : eventTypes()) {
            JsonNode stored = readTree(serializer.serialize(sample(type), byte[].class).getData());
            Set<String> names = new TreeSet<>();
            stored.fieldNames().forEachRemaining(names::add);
            assertThat(names).as(type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getName).toList());
        }
    }

    @Test
    void everyEventIsARecordWithARevision() {
        assertThat(eventTypes()).isNotEmpty().allSatisfy(type -> {
            assertThat(type.isRecord()).as(type.getSimpleName()).isTrue();
            assertThat(type.getAnnotation(Revision.class)).as(type.getSimpleName()).isNotNull();
        });
    }

    /**
     * Every event the plan stores and every deadline payload waiting in the scheduler's table.
     */
    static List<Class<?>> eventTypes() {
        return Stream.concat(PlanEvents.stored().stream(), PlanEvents.handledBy(DeadlineHandler.class).stream())
                .toList();
    }

    private static String revision(Class<?> type) {
        return type.getAnnotation(Revision.class).value();
    }

    private JsonNode readTree(byte[] data) {
        try {
            return json.readTree(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deterministic instance with every component filled, so that nothing goes unpinned. */
    static Object sample(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sampleValue(components[i].getName(), components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a sample " + type.getSimpleName(), e);
        }
    }

    private static Object sampleValue(String name, Type type) {
        if (type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
            Object element = sampleValue(name, parameterized.getActualTypeArguments()[0]);
            return Set.class.isAssignableFrom((Class<?>) parameterized.getRawType()) ? Set.of(element) : List.of(element);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes());
        } else if (raw == String.class) {
            return "Sample " + name;
        } else if (raw == Instant.class) {
            return SAMPLE_TIME;
        } else if (raw == LocalDate.class) {
            return SAMPLE_DATE;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == int.class || raw == Integer.class) {
            return 1;
        } else if (raw == long.class || raw == Long.class) {
            return 1L;
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw.isRecord()) {
            return sample(raw);
        }
        throw new IllegalStateException("No sample value for " + name + " of type " + type);
    }
}
