package fi.perhekeskus.accesslog;

import static fi.perhekeskus.accesslog.LogRows.T0;
import static fi.perhekeskus.accesslog.LogRows.disclosure;
import static fi.perhekeskus.accesslog.LogRows.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class DisclosureLogTest {

    @Autowired
    DisclosureLog log;

    @Autowired
    TransactionTemplate transaction;

    private final UUID caseId = UUID.randomUUID();
    private final UUID child = UUID.randomUUID();
    private final UUID guardian = UUID.randomUUID();

    @Test
    void aFamilyMembersReportHoldsWhatCrossedWithTheirDataInThePeriodOldestFirst() {
        var beforePeriod = disclosure(minutes(0), caseId, Set.of(child));
        var childAndGuardian = disclosure(minutes(20), caseId, Set.of(child, guardian));
        var childOnly = disclosure(minutes(10), caseId, Set.of(child));
        var guardianOnly = disclosure(minutes(15), caseId, Set.of(guardian));
        var atTheEnd = disclosure(minutes(30), caseId, Set.of(child));
        var otherCase = disclosure(minutes(10), UUID.randomUUID(), Set.of(child));
        List.of(beforePeriod, childAndGuardian, childOnly, guardianOnly, atTheEnd, otherCase).forEach(this::record);

        assertThat(log.disclosuresFor(caseId, child, minutes(10), minutes(30)))
                .containsExactly(childOnly, childAndGuardian);
        assertThat(log.disclosuresFor(caseId, null, minutes(10), minutes(30)))
                .containsExactly(childOnly, guardianOnly, childAndGuardian);
    }

    @Test
    void aDisclosureIsKeptExactlyWhenItsTransactionIs() {
        var kept = disclosure(T0, caseId, Set.of(child));
        record(kept);
        transaction.executeWithoutResult(status -> {
            log.record(disclosure(T0, caseId, Set.of(guardian)));
            status.setRollbackOnly();
        });

        assertThat(log.disclosuresFor(caseId, null, T0, minutes(1))).containsExactly(kept);
    }

    @Test
    void nothingIsRecordedOutsideTheTransactionThatShares() {
        assertThatThrownBy(() -> log.record(disclosure(T0, caseId, Set.of(child))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(log.disclosuresFor(caseId, null, T0, minutes(1))).isEmpty();
    }

    private void record(Disclosure disclosure) {
        transaction.executeWithoutResult(status -> log.record(disclosure));
    }
}
