package fi.perhekeskus.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProfessionalRepository extends JpaRepository<Professional, UUID> {

    Optional<Professional> findByUsername(String username);

    /** Whom a key worker can choose from in a form: an invitation's specialist, a handover's key worker. */
    List<Professional> findByRoleAndActiveTrueOrderByDisplayName(ProfessionalRole role);

    /** {@code q} is a lower-case pattern matched against username and display name. */
    @Query("""
            SELECT p FROM Professional p
            WHERE (:q IS NULL OR lower(p.username) LIKE :q OR lower(p.displayName) LIKE :q)
              AND (:role IS NULL OR p.role = :role)
              AND (:unitId IS NULL OR p.unitId = :unitId)""")
    Page<Professional> search(String q, ProfessionalRole role, UUID unitId, Pageable pageable);
}
