package fi.perhekeskus.directory;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A password sign-in, which only the embedded default has (for its demo directory); deployments
 * sign in through their identity provider and keep no passwords here.
 */
@Entity
@Table(name = "local_credential")
public class LocalCredential {

    @Id
    private UUID professionalId;

    private String passwordHash;

    protected LocalCredential() {
    }

    public LocalCredential(UUID professionalId, String passwordHash) {
        this.professionalId = professionalId;
        this.passwordHash = passwordHash;
    }

    public UUID getProfessionalId() {
        return professionalId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
