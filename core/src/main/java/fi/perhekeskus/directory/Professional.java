package fi.perhekeskus.directory;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A professional in the directory, matched to a sign-in by username. */
@Entity
@Table(name = "professional")
@Audited
public class Professional {

    @Id
    private UUID id;

    private String username;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private ProfessionalRole role;

    private UUID unitId;

    private String profession;

    private boolean active;

    private String phone;

    private String email;

    @Version
    private long version;

    protected Professional() {
    }

    public Professional(UUID id, String username, String displayName, ProfessionalRole role, UUID unitId,
                        String profession) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.profession = profession;
        this.active = true;
    }

    public void moveTo(UUID newUnitId) {
        this.unitId = newUnitId;
    }

    public void assignRole(ProfessionalRole newRole) {
        this.role = newRole;
    }

    /** How a family reaches them: what a document handed to the family says. */
    public void reachableAt(String workPhone, String workEmail) {
        this.phone = workPhone;
        this.email = workEmail;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public void deactivate() {
        this.active = false;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public ProfessionalRole getRole() {
        return role;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public String getProfession() {
        return profession;
    }

    public boolean isActive() {
        return active;
    }
}
