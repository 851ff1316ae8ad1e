package fi.perhekeskus.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LocalCredentialRepository extends JpaRepository<LocalCredential, UUID> {

    /** In one query, because HTTP Basic signs in on every API request. */
    @Query("""
            SELECT new fi.perhekeskus.directory.PasswordSignIn(p, c.passwordHash)
            FROM Professional p JOIN LocalCredential c ON c.professionalId = p.id
            WHERE p.username = :username""")
    Optional<PasswordSignIn> findSignIn(String username);
}
