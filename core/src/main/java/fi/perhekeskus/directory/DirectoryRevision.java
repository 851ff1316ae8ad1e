package fi.perhekeskus.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One change of the directory: when, and by whom. */
@Entity
@Table(name = "directory_revision")
@RevisionEntity(DirectoryRevisionListener.class)
public class DirectoryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_revision")
    @SequenceGenerator(name = "directory_revision", sequenceName = "directory_revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    private Instant changedAt;

    private String changedBy;

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }
}
