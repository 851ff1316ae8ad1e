package fi.perhekeskus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change of a professional's entry is kept, with who made it. */
@SpringBootTest
class DirectoryRevisionsTest {

    @Autowired
    ProfessionalRepository professionals;

    @Autowired
    DirectoryRevisions directoryRevisions;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SignedIn editor;

    @Test
    void theDemoDirectoryIsSeededByTheSystem() {
        assertThat(professionals.findByUsername("maija")).get()
                .satisfies(maija -> {
                    assertThat(maija.getRole()).isEqualTo(ProfessionalRole.KEY_WORKER);
                    assertThat(maija.getUnitId()).isEqualTo(DemoDirectory.EAST);
                });
        assertThat(professionals.count()).isEqualTo(7);
    }

    @Test
    void aMoveToAnotherUnitIsARevisionBySomeone() {
        var outi = DemoDirectory.idOf("outi");
        editor.username = "helena";
        transaction.executeWithoutResult(status -> professionals.findById(outi).orElseThrow().moveTo(DemoDirectory.WEST));

        List<ProfessionalRevision> revisions = directoryRevisions.of(outi);

        assertThat(revisions).hasSize(2);
        var seeded = revisions.get(0);
        var moved = revisions.get(1);
        assertThat(seeded.changedBy()).isEqualTo(DirectoryEditor.SYSTEM);
        assertThat(seeded.change()).isEqualTo("ADD");
        assertThat(seeded.unitId()).isEqualTo(DemoDirectory.EAST);
        assertThat(moved.unitId()).isEqualTo(DemoDirectory.WEST);
        assertThat(moved.change()).isEqualTo("MOD");
        assertThat(moved.changedBy()).isEqualTo("helena");
        assertThat(moved.changedAt()).isAfterOrEqualTo(seeded.changedAt());
        assertThat(directoryRevisions.of(UUID.randomUUID())).isEmpty();
    }

    /** Nobody is signed in while the demo directory is seeded; helena is when she moves outi. */
    @TestConfiguration
    static class SignedIn implements DirectoryEditor {

        volatile String username = SYSTEM;

        @Override
        public String currentUsername() {
            return username;
        }
    }
}
