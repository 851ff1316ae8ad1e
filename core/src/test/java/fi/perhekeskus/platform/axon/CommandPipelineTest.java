package fi.perhekeskus.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import fi.perhekeskus.actor.Actor;
import fi.perhekeskus.actor.ActorRole;
import fi.perhekeskus.actor.MissingActorException;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.PlanRule;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RuleBroken;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** How a command travels: who sent it, how it is stored, how processors pick it up. */
@SpringBootTest
class CommandPipelineTest {

    private static final Actor ACTOR = new Actor(UUID.randomUUID(), ActorRole.KEY_WORKER, "pipeline-test");

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;

    @Autowired
    OpenedCases openedCases;

    @Test
    void aCommandThatDoesNotSayWhoSentItIsRefusedBeforeItChangesAnything() {
        var caseId = UUID.randomUUID();
        assertThatThrownBy(() -> commandGateway.sendAndWait(openCase(caseId)))
                .isInstanceOf(MissingActorException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, caseId.toString())).isZero();
    }

    @Test
    void aCommandForAVersionThatIsNoLongerCurrentIsRefused() {
        var caseId = UUID.randomUUID();
        var childId = UUID.randomUUID();
        send(new OpenCase(caseId, List.of(new FamilyMember(childId, MemberRole.CHILD, "Eetu",
                LocalDate.of(2018, 3, 4))), ACTOR.professionalId(), UUID.randomUUID(), FamilyLanguage.FINNISH), null);
        send(recordNeed(caseId, childId), 0L);

        assertThatThrownBy(() -> send(recordNeed(caseId, childId), 0L))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        send(recordNeed(caseId, childId), 1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, caseId.toString())).isEqualTo(3);
    }

    @Test
    void twoWritersOfTheSameEventNumberCannotBothSucceed() {
        var caseId = UUID.randomUUID().toString();
        storageEngine.appendEvents(event(caseId, 0), event(caseId, 1));
        assertThatThrownBy(() -> storageEngine.appendEvents(event(caseId, 1)))
                .isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void processorsArePooledAndKeepTheirTokensInPostgres() {
        var caseId = UUID.randomUUID();
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(openCase(caseId))
                .andMetaData(ACTOR.toMetaData()));

        await().atMost(Duration.ofSeconds(30)).until(() -> openedCases.ids.contains(caseId));
        assertThat(processing.eventProcessor(OpenedCases.GROUP))
                .containsInstanceOf(PooledStreamingEventProcessor.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM token_entry WHERE processor_name = ? AND token IS NOT NULL""",
                Long.class, OpenedCases.GROUP) > 0);
    }

    @Test
    void aBrokenRuleReachesTheSenderAsItsCodeAndItemInDetailsThatSurviveSerialisation() {
        var caseId = UUID.randomUUID();
        send(openCase(caseId), null);
        var stranger = UUID.randomUUID();

        assertThatThrownBy(() -> send(new RecordNeed(caseId, UUID.randomUUID(), "Uni", null, Set.of(stranger),
                NeedRaiser.keyWorker()), null))
                .isInstanceOfSatisfying(CommandExecutionException.class, failed -> {
                    RuleBroken broken = failed.<RuleBroken>getDetails().orElseThrow();
                    assertThat(broken).isEqualTo(new RuleBroken(PlanRule.UNKNOWN_MEMBER, stranger.toString()));
                    SerializedObject<byte[]> sent = messageSerializer.serialize(broken, byte[].class);
                    assertThat(messageSerializer.<byte[], RuleBroken>deserialize(sent)).isEqualTo(broken);
                });
    }

    private void send(Object command, Long expectedVersion) {
        var metaData = ACTOR.toMetaData();
        if (expectedVersion != null) {
            metaData = metaData.and(ExpectedVersionResolver.EXPECTED_VERSION, expectedVersion);
        }
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    private static RecordNeed recordNeed(UUID caseId, UUID childId) {
        return new RecordNeed(caseId, UUID.randomUUID(), "Uni", null, Set.of(childId), NeedRaiser.keyWorker());
    }

    private static OpenCase openCase(UUID caseId) {
        return new OpenCase(caseId,
                List.of(new FamilyMember(UUID.randomUUID(), MemberRole.CHILD, "Eetu", LocalDate.of(2018, 3, 4))),
                ACTOR.professionalId(), UUID.randomUUID(), FamilyLanguage.FINNISH);
    }

    private static GenericDomainEventMessage<String> event(String caseId, long sequence) {
        return new GenericDomainEventMessage<>("SharedPlan", caseId, sequence, "payload");
    }

    @TestConfiguration
    static class Handlers {

        @Bean
        OpenedCases openedCases() {
            return new OpenedCases();
        }
    }

    @ProcessingGroup(OpenedCases.GROUP)
    static class OpenedCases {

        static final String GROUP = "pipeline-test";
        final List<UUID> ids = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(CaseOpened event) {
            ids.add(event.caseId());
        }
    }
}
