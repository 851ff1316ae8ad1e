package fi.perhekeskus.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.plan.SharedPlan;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.RecordNeed;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shortcuts to a plan never change what a command sees. A plan loaded from its snapshot is the
 * plan its events make: every field of the aggregate is in the snapshot and comes back equal, a
 * long plan gets a snapshot by itself, and a snapshot of another revision is ignored rather than
 * believed. A plan kept in memory that someone else has moved on from fails its command as a
 * concurrent change, and the next try sees the other change. (Here because the full plan is
 * scripted here.)
 */
@SpringBootTest
@Import(CaseViewTestConfiguration.class)
class PlanLoadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ScriptedCases cases;

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    EventStore events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("plansInMemory")
    Cache plansInMemory;

    @Test
    void aSnapshotHoldsEveryFieldOfThePlanAndReadsBackAsThePlanItsEventsMake() throws Exception {
        FullPlan full = new FullPlan(cases.next());
        String caseId = full.plan.caseId.toString();

        snapshotter.scheduleSnapshot(SharedPlan.class, caseId);

        DomainEventMessage<?> snapshot = storage.readSnapshot(caseId).orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(lastSequence(caseId));
        JsonNode stored = storedSnapshot(caseId);
        assertThat(fieldNames(stored)).as("every field of the plan is in its snapshot")
                .containsExactlyInAnyOrderElementsOf(stateFields());
        assertThat(stateFields()).as("the full plan leaves no field empty, so all of them are compared")
                .allSatisfy(field -> assertThat(stored.get(field).isNull() || stored.get(field).isEmpty()
                        && stored.get(field).isContainerNode()).as(field).isFalse());
        assertThat(snapshot.getPayload()).usingRecursiveComparison().isEqualTo(replayed(caseId));
    }

    @Test
    void aPlanWithManyEventsIsSnapshottedAndGoesOnFromTheSnapshot() {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        List<UUID> needs = IntStream.range(0, 55).mapToObj(i -> UUID.randomUUID()).toList();
        needs.forEach(need -> plan.send(new RecordNeed(plan.caseId, need, "Tarve", null, Set.of(plan.emma),
                NeedRaiser.keyWorker())));
        String caseId = plan.caseId.toString();

        DomainEventMessage<?> snapshot = storage.readSnapshot(caseId).orElseThrow();
        assertThat(snapshot.getPayloadType()).isEqualTo(SharedPlan.class);
        // Taken by itself once loading the plan went through its fiftieth event, and not before.
        assertThat(snapshot.getSequenceNumber()).isBetween(49L, lastSequence(caseId) - 1);

        plan.answer(needs.get(0), plan.mother, AgreementDecision.AGREED);
        assertThat(lastSequence(caseId)).isEqualTo(plan.version());
        assertThat(storage.readSnapshot(caseId).orElseThrow().getPayload()).usingRecursiveComparison()
                .isEqualTo(replayed(caseId, snapshotSequence(caseId)));
    }

    @Test
    void aSnapshotOfAnotherRevisionIsIgnoredAndThePlanIsReplayedFromItsEvents() throws Exception {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        String caseId = plan.caseId.toString();
        snapshotter.scheduleSnapshot(SharedPlan.class, caseId);
        ObjectNode withoutNeeds = (ObjectNode) storedSnapshot(caseId);
        withoutNeeds.putObject("needs");
        byte[] metaData = jdbc.queryForObject(
                "SELECT meta_data FROM snapshot_event_entry WHERE aggregate_identifier = ?", byte[].class, caseId);
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", caseId);
        jdbc.update("""
                INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                  time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 'SharedPlan', ?, '2026-11-22T10:00:00Z', ?, '0', ?, ?)""",
                caseId, lastSequence(caseId), UUID.randomUUID().toString(), SharedPlan.class.getName(),
                JSON.writeValueAsBytes(withoutNeeds), metaData);

        plansInMemory.remove(caseId);
        // Believed, the old snapshot would know no needs and refuse this answer as UNKNOWN_NEED.
        plan.answer(plan.sleep, plan.father, AgreementDecision.AGREED);

        assertThat(lastSequence(caseId)).isEqualTo(plan.version());
    }

    @Test
    void aPlanKeptInMemoryThatAnotherWriterOvertookFailsOnceAndIsThenReadAgain() {
        ScriptedCase plan = cases.next().openWithAgreedNeeds();
        String caseId = plan.caseId.toString();
        UUID elsewhere = UUID.randomUUID();
        long next = lastSequence(caseId) + 1;
        var keyWorker = new Actor(plan.keyWorker, ActorRole.KEY_WORKER, "another-instance");
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publish(
                new GenericDomainEventMessage<>("SharedPlan", caseId, next, new NeedRecorded(plan.caseId, elsewhere,
                        "Toisen palvelimen tarve", null, Set.of(plan.emma), NeedRaiser.keyWorker()),
                        keyWorker.toMetaData())));

        assertThatThrownBy(() -> plan.answer(plan.sleep, plan.father, AgreementDecision.AGREED))
                .isInstanceOf(ConcurrencyException.class);
        plan.answer(elsewhere, plan.mother, AgreementDecision.AGREED);

        assertThat(storage.readEvents(caseId, next + 1).asStream().map(DomainEventMessage::getPayload))
                .singleElement().isInstanceOfSatisfying(NeedAgreed.class,
                        agreed -> assertThat(agreed.needId()).isEqualTo(elsewhere));
    }

    private SharedPlan replayed(String caseId) {
        return replayed(caseId, Long.MAX_VALUE);
    }

    /** The plan as Axon folds it from the events alone, up to a sequence number. */
    private SharedPlan replayed(String caseId, long upTo) {
        AggregateModel<SharedPlan> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(SharedPlan.class);
        List<? extends DomainEventMessage<?>> events = storage.readEvents(caseId, 0).asStream()
                .takeWhile(event -> event.getSequenceNumber() <= upTo).toList();
        SharedPlan root = new GenericAggregateFactory<>(model).createAggregateRoot(caseId, events.get(0));
        var aggregate = EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events.stream().map(event -> (DomainEventMessage<?>) event)));
        return aggregate.getAggregateRoot();
    }

    private static List<String> stateFields() {
        return Arrays.stream(SharedPlan.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode storedSnapshot(String caseId) throws Exception {
        var row = jdbc.queryForMap(
                "SELECT payload, payload_revision FROM snapshot_event_entry WHERE aggregate_identifier = ?", caseId);
        assertThat(row.get("payload_revision")).isEqualTo(SharedPlan.class.getAnnotation(Revision.class).value());
        return JSON.readTree((byte[]) row.get("payload"));
    }

    private long snapshotSequence(String caseId) {
        return jdbc.queryForObject(
                "SELECT max(sequence_number) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class,
                caseId);
    }

    private long lastSequence(String caseId) {
        return storage.lastSequenceNumberFor(caseId).orElseThrow();
    }
}
