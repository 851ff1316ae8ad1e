package fi.perhekeskus.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fi.perhekeskus.directory.LocalCredential;
import fi.perhekeskus.directory.LocalCredentialRepository;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A remembered password check never outlives the directory's say on who may sign in. Its own
 * application (the property only tells it apart), so that the professional it adds is in no other
 * test's directory.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=password-sign-in")
@ActiveProfiles("test")
class PasswordSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    ProfessionalRepository professionals;

    @Autowired
    LocalCredentialRepository credentials;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDeactivatedProfessionalIsRefusedAtOnceThoughTheirPasswordWasJustAccepted() {
        var api = new Api(port);
        String username = "sijainen-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        var unit = professionals.findByUsername("maija").orElseThrow().getUnitId();
        var inTransaction = new TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(status -> {
            professionals.save(new Professional(id, username, "Sanna Sijainen", ProfessionalRole.SPECIALIST, unit,
                    "Psychologist"));
            credentials.save(new LocalCredential(id, passwords.encode("salasana-1")));
        });
        assertThat(api.getWithPassword("/api/v1/professionals", username, "salasana-1").status()).isEqualTo(200);

        inTransaction.executeWithoutResult(status -> professionals.findById(id).orElseThrow().deactivate());

        assertThat(api.getWithPassword("/api/v1/professionals", username, "salasana-1").status()).isEqualTo(401);
    }
}
