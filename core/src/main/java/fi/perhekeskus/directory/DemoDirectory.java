package fi.perhekeskus.directory;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.UUID;

import fi.perhekeskus.platform.database.ConditionalOnEmbeddedDefault;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fictional directory of the embedded default (docs/domain.md, "Demo directory"), so that a newcomer
 * can sign in as every role. Passwords are the username followed by {@code -demo}. Ids are derived
 * from the usernames, so they are the same in every embedded database.
 */
@Component
@ConditionalOnEmbeddedDefault
class DemoDirectory implements ApplicationRunner {

    static final UUID EAST = demoId("unit:east");
    static final UUID WEST = demoId("unit:west");

    private static final List<Professional> PROFESSIONALS = List.of(
            demo("maija", "Maija Mäkelä", ProfessionalRole.KEY_WORKER, EAST, "social counsellor",
                    "+358 40 123 4501", "maija.makela@perhekeskus.example"),
            demo("jari", "Jari Nieminen", ProfessionalRole.KEY_WORKER, WEST, "public health nurse",
                    "+358 40 123 4502", "jari.nieminen@perhekeskus.example"),
            demo("sami", "Sami Salo", ProfessionalRole.SPECIALIST, EAST, "psychologist, family counselling"),
            demo("outi", "Outi Ojala", ProfessionalRole.SPECIALIST, EAST, "speech therapist"),
            demo("tuula", "Tuula Turunen", ProfessionalRole.SPECIALIST, WEST, "child psychiatry consultant"),
            demo("helena", "Helena Heikkinen", ProfessionalRole.SUPERVISOR, EAST, null),
            demo("pekka", "Pekka Peltonen", ProfessionalRole.SUPERVISOR, WEST, null));

    private final UnitRepository units;
    private final ProfessionalRepository professionals;
    private final LocalCredentialRepository credentials;
    private final PasswordEncoder passwords = PasswordHashing.encoder();

    DemoDirectory(UnitRepository units, ProfessionalRepository professionals, LocalCredentialRepository credentials) {
        this.units = units;
        this.professionals = professionals;
        this.credentials = credentials;
    }

    /** Adds what is missing, so that a restart on the same data directory changes nothing. */
    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (!units.existsById(EAST)) {
            units.save(new Unit(EAST, "east", "Perhekeskus Itä"));
        }
        if (!units.existsById(WEST)) {
            units.save(new Unit(WEST, "west", "Perhekeskus Länsi"));
        }
        for (Professional professional : PROFESSIONALS) {
            if (!professionals.existsById(professional.getId())) {
                professionals.save(professional);
                credentials.save(new LocalCredential(professional.getId(),
                        passwords.encode(professional.getUsername() + "-demo")));
            }
        }
    }

    static UUID idOf(String username) {
        return demoId("professional:" + username);
    }

    private static Professional demo(String username, String displayName, ProfessionalRole role, UUID unit,
                                     String profession) {
        return new Professional(idOf(username), username, displayName, role, unit, profession);
    }

    /** A key worker, with the work phone and e-mail the family's documents give. */
    private static Professional demo(String username, String displayName, ProfessionalRole role, UUID unit,
                                     String profession, String phone, String email) {
        Professional keyWorker = demo(username, displayName, role, unit, profession);
        keyWorker.reachableAt(phone, email);
        return keyWorker;
    }

    private static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("familycentre-demo:" + name).getBytes(UTF_8));
    }
}
