package fi.perhekeskus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
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
    EntityManager entityManager;

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

        List<?> revisions = transaction.execute(status -> AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Professional.class, false, true)
                .add(AuditEntity.id().eq(outi))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList());

        assertThat(revisions).hasSize(2);
        var seeded = (Object[]) revisions.get(0);
        var moved = (Object[]) revisions.get(1);
        assertThat(((DirectoryRevision) seeded[1]).getChangedBy()).isEqualTo(DirectoryEditor.SYSTEM);
        assertThat(((Professional) moved[0]).getUnitId()).isEqualTo(DemoDirectory.WEST);
        assertThat(((DirectoryRevision) moved[1]).getChangedBy()).isEqualTo("helena");
        assertThat(((DirectoryRevision) moved[1]).getChangedAt()).isNotNull();
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
