package fi.perhekeskus.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.plan.api.ReviewParticipant;
import fi.perhekeskus.plan.api.ReviewRecorded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@code ReviewRecorded} revision 1 kept participants as text written by the key worker and
 * followed up no need by itself: each participant is read as NAMED, just as written (nobody can
 * tell now whether "Anna" was the mother), and the review as following up none. Its summary
 * still says what was followed up (docs/domain-decisions.md).
 */
@Component
class ReviewRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ReviewRecorded.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ReviewRecorded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = (ObjectNode) payload.deepCopy();
            ArrayNode participants = upcast.putArray("participants");
            payload.path("participants").forEach(name -> participants.addObject()
                    .put("kind", ReviewParticipant.Kind.NAMED.name())
                    .put("name", name.asText()));
            upcast.putArray("followUps");
            return upcast;
        });
    }
}
