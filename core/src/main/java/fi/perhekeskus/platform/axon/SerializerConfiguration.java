package fi.perhekeskus.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The stored form of events, tokens and deadlines. The mapper is private and no bean, so that
 * the web layer's JSON settings can never change what is written to the event store (the golden
 * files in the tests pin that form).
 */
@Configuration(proxyBeanMethods = false)
class SerializerConfiguration {

    /**
     * A record's stored form is its components: a derived {@code isSomething()} on an event would
     * otherwise be written as a property that no constructor accepts, and the event could not be
     * read back. StoredEventFormTest checks that the stored form is exactly the components.
     */
    static ObjectMapper storageMapper() {
        return storageMapperBuilder().build();
    }

    private static JsonMapper.Builder storageMapperBuilder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Tokens and sagas: replay tokens wrap other tokens, so the concrete type must be stored. */
    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(storageMapper()).defaultTyping().build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return eventSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(storageMapper()).build();
    }

    /**
     * A snapshot is the plan aggregate itself, whose state is private fields without getters; the
     * records inside it are still written as their components. SnapshotFormTest pins the form.
     */
    static Serializer snapshotSerializer() {
        return JacksonSerializer.builder().objectMapper(storageMapperBuilder()
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.SETTER, JsonAutoDetect.Visibility.NONE)
                .build()).build();
    }
}
