package fi.perhekeskus.caseview;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.plan.api.NeedFollowUp;
import fi.perhekeskus.plan.api.ReviewParticipant;
import jakarta.persistence.AttributeConverter;

/**
 * A review's participants and follow-ups are read only with their review, in full, so each list is
 * kept as JSON in one column of the review's row rather than in tables of their own.
 */
final class ReviewJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewJson() {
    }

    static class Participants extends ListConverter<ReviewParticipant> {
        Participants() {
            super(new TypeReference<>() { });
        }
    }

    static class FollowUps extends ListConverter<NeedFollowUp> {
        FollowUps() {
            super(new TypeReference<>() { });
        }
    }

    abstract static class ListConverter<T> implements AttributeConverter<List<T>, String> {

        private final TypeReference<List<T>> type;

        ListConverter(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> items) {
            try {
                return JSON.writeValueAsString(items);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A review's list is always writable as JSON", e);
            }
        }

        @Override
        public List<T> convertToEntityAttribute(String column) {
            try {
                return List.copyOf(JSON.readValue(column, type));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A review's list in the case view is not the JSON it wrote", e);
            }
        }
    }
}
