package fi.perhekeskus.accesslog;

import static fi.perhekeskus.accesslog.LogRows.T0;
import static fi.perhekeskus.accesslog.LogRows.access;
import static fi.perhekeskus.accesslog.LogRows.minutes;
import static fi.perhekeskus.accesslog.LogRows.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessEntry.Outcome;
import fi.perhekeskus.directory.ProfessionalRole;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AccessLogTest {

    @Autowired
    AccessLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final UUID unit = UUID.randomUUID();
    private final UUID maija = UUID.randomUUID();

    @Test
    void anEntryIsReadBackAsItWasWritten() {
        var entry = new AccessEntry(T0, UUID.randomUUID(), "sami", ProfessionalRole.SPECIALIST, unit,
                UUID.randomUUID(), "GET /api/v1/cases/{caseId}", Basis.MEMBERSHIP,
                Set.of(UUID.randomUUID(), UUID.randomUUID()), Outcome.ALLOWED, "c0ffee-1");
        record(entry);

        assertThat(log.search(new AccessLogQuery(Set.of(unit), null, null, null, null), Pageable.unpaged()))
                .containsExactly(entry);
    }

    @Test
    void aRowIsKeptExactlyWhenItsTransactionIs() {
        var kept = access(T0, maija, unit, UUID.randomUUID());
        var rolledBack = access(minutes(1), maija, unit, UUID.randomUUID());
        record(kept);
        transaction.executeWithoutResult(status -> {
            log.record(rolledBack);
            status.setRollbackOnly();
        });

        assertThat(all()).containsExactly(kept);
    }

    @Test
    void nothingIsRecordedOutsideTheTransactionOfTheAccess() {
        assertThatThrownBy(() -> log.record(access(T0, maija, unit, UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> log.recordAll(List.of(access(T0, maija, unit, UUID.randomUUID()))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(all()).isEmpty();
    }

    @Test
    void aListReadWritesOneRowPerCaseItShowed() {
        var rows = List.of(access(T0, maija, unit, UUID.randomUUID()), access(T0, maija, unit, UUID.randomUUID()));
        transaction.executeWithoutResult(status -> log.recordAll(rows));

        assertThat(all()).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void aRowWithoutACaseIsKept() {
        var emptySearch = new AccessEntry(T0, maija, "helena", ProfessionalRole.SUPERVISOR, unit, null,
                "GET /api/v1/audit/access-log", Basis.SUPERVISION, Set.of(), Outcome.ALLOWED, "log-test");
        record(emptySearch);

        assertThat(all()).containsExactly(emptySearch);
    }

    @Test
    void newestFirstInPages() {
        for (int minute = 0; minute < 5; minute++) {
            record(access(minutes(minute), maija, unit, UUID.randomUUID()));
        }
        // The sort asked for is not the one a review reads in.
        var firstPage = log.search(query(), PageRequest.of(0, 2, Sort.by("at")));
        var lastPage = log.search(query(), PageRequest.of(2, 2));

        assertThat(firstPage.getTotalElements()).isEqualTo(5);
        assertThat(firstPage.getTotalPages()).isEqualTo(3);
        assertThat(firstPage.map(AccessEntry::at)).containsExactly(minutes(4), minutes(3));
        assertThat(lastPage.map(AccessEntry::at)).containsExactly(minutes(0));
    }

    @Test
    void rowsOfTheSameInstantKeepTheOrderTheyWereWrittenIn() {
        var first = access(T0, maija, unit, UUID.randomUUID());
        var second = access(T0, maija, unit, UUID.randomUUID());
        record(first);
        record(second);

        assertThat(all()).containsExactly(second, first);
    }

    @Test
    void narrowedByCaseProfessionalAndPeriod() {
        var caseId = UUID.randomUUID();
        var other = UUID.randomUUID();
        var early = access(minutes(0), maija, unit, caseId);
        var inPeriod = access(minutes(10), maija, unit, caseId);
        var atTheEnd = access(minutes(20), maija, unit, caseId);
        var otherCase = access(minutes(10), maija, unit, UUID.randomUUID());
        var otherProfessional = access(minutes(10), other, unit, caseId);
        List.of(early, inPeriod, atTheEnd, otherCase, otherProfessional).forEach(this::record);

        assertThat(search(new AccessLogQuery(Set.of(unit), caseId, null, null, null)))
                .containsExactlyInAnyOrder(early, inPeriod, atTheEnd, otherProfessional);
        assertThat(search(new AccessLogQuery(Set.of(unit), null, other, null, null)))
                .containsExactly(otherProfessional);
        assertThat(search(new AccessLogQuery(Set.of(unit), caseId, maija, minutes(10), minutes(20))))
                .containsExactly(inPeriod);
    }

    @Test
    void aSupervisorSeesTheirUnitsCasesAndWhatTheirStaffDidAnywhere() {
        var otherUnit = UUID.randomUUID();
        var caseOfTheUnit = UUID.randomUUID();
        var caseElsewhere = UUID.randomUUID();
        jdbc.update("INSERT INTO case_access (case_id, unit_id, key_worker_id, closed, opened_at) VALUES (?, ?, ?, false, now())",
                caseOfTheUnit, unit, maija);
        var staffInTheirCase = access(minutes(1), maija, unit, caseOfTheUnit);
        var outsiderInTheirCase = access(minutes(2), UUID.randomUUID(), otherUnit, caseOfTheUnit);
        var staffElsewhere = access(minutes(3), maija, unit, caseElsewhere);
        var outsiderElsewhere = access(minutes(4), UUID.randomUUID(), otherUnit, caseElsewhere);
        List.of(staffInTheirCase, outsiderInTheirCase, staffElsewhere, outsiderElsewhere).forEach(this::record);

        assertThat(all()).containsExactly(staffElsewhere, outsiderInTheirCase, staffInTheirCase);
        assertThat(search(new AccessLogQuery(Set.of(unit, otherUnit), null, null, null, null))).hasSize(4);
    }

    @Test
    void writesAreCountedByOutcomeOnceCommitted() {
        var meters = new SimpleMeterRegistry();
        Metrics.addRegistry(meters);
        try {
            record(access(T0, maija, unit, UUID.randomUUID()));
            record(refusal(UUID.randomUUID()));
            transaction.executeWithoutResult(status -> {
                log.record(refusal(UUID.randomUUID()));
                status.setRollbackOnly();
            });

            assertThat(writes(meters, Outcome.ALLOWED)).isEqualTo(1);
            assertThat(writes(meters, Outcome.REFUSED)).isEqualTo(1);
        } finally {
            Metrics.removeRegistry(meters);
        }
    }

    private static double writes(SimpleMeterRegistry meters, Outcome outcome) {
        return meters.get("familycentre.access_log.writes").tag("outcome", outcome.name()).counter().count();
    }

    private void record(AccessEntry entry) {
        transaction.executeWithoutResult(status -> log.record(entry));
    }

    private AccessLogQuery query() {
        return new AccessLogQuery(Set.of(unit), null, null, null, null);
    }

    private List<AccessEntry> all() {
        return search(query());
    }

    private List<AccessEntry> search(AccessLogQuery query) {
        return log.search(query, Pageable.unpaged()).getContent();
    }
}
