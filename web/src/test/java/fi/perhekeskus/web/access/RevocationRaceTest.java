package fi.perhekeskus.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A withdrawal is in force for the very next request. The specialist reads the case over and over
 * while the key worker records the family's withdrawal; no read that starts after the withdrawal
 * was answered may show the need, and neither may the read made right after it. Many times over,
 * so that a window between the plan and what decides access would show.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class RevocationRaceTest {

    private static final int ROUNDS = 200;
    private static final int ROUNDS_PER_CASE = 5;

    @LocalServerPort
    int port;

    @Autowired
    Situations situations;

    /** @param started when the read was sent, by {@link System#nanoTime()} */
    private record Read(long started, int status, boolean showsNeed) {
    }

    @Test
    void noReadAfterTheWithdrawalsAnswerShowsTheNeedItCovered() throws InterruptedException {
        var api = new Api(port);
        long readsDuringWithdrawals = 0;
        long readsAfterAnswers = 0;
        Situations.Case plan = null;
        UUID consent = null;
        for (int round = 0; round < ROUNDS; round++) {
            // A few rounds per case: quicker to set up than a new case, without a case growing long.
            if (round % ROUNDS_PER_CASE == 0) {
                plan = situations.build("east");
                consent = plan.consent();
            } else {
                consent = situations.consentAndJoinAgain(plan);
            }
            String caseUrl = "/api/v1/cases/" + plan.caseId();
            assertThat(api.get(caseUrl, "sami").http().body()).contains(Situations.NEED_A);

            List<Read> reads = new CopyOnWriteArrayList<>();
            var withdrawn = new AtomicBoolean();
            var reader = new Thread(() -> {
                while (!withdrawn.get()) {
                    long started = System.nanoTime();
                    var response = api.get(caseUrl, "sami");
                    reads.add(new Read(started, response.status(), response.http().body().contains(Situations.NEED_A)));
                }
            });
            reader.start();
            var withdrawal = api.post(caseUrl + "/consents/" + consent + "/withdrawal", "maija",
                    "{\"withdrawnBy\": \"%s\"}".formatted(plan.guardian()));
            long answered = System.nanoTime();
            var next = api.get(caseUrl, "sami");
            withdrawn.set(true);
            reader.join();

            assertThat(withdrawal.status()).isEqualTo(200);
            assertThat(next.status()).as("the read right after the withdrawal").isEqualTo(404);
            assertThat(next.http().body()).doesNotContain(Situations.NEED_A);
            List<Read> after = reads.stream().filter(read -> read.started() > answered).toList();
            assertThat(after).as("round %d: reads sent after the withdrawal was answered", round)
                    .noneMatch(Read::showsNeed)
                    .allMatch(read -> read.status() == 404);
            readsAfterAnswers += after.size();
            readsDuringWithdrawals += reads.size() - after.size();
        }
        assertThat(readsDuringWithdrawals).as("reads sent while withdrawals were decided").isPositive();
        assertThat(readsAfterAnswers).as("reads sent after a withdrawal was answered, besides the next one")
                .isPositive();
    }
}
