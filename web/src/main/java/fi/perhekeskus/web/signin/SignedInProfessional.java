package fi.perhekeskus.web.signin;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.access.Caller;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in professional as the directory knew them at sign-in. */
public record SignedInProfessional(UUID professionalId, String username, ProfessionalRole role, UUID unitId,
                                   boolean active, String passwordHash) implements UserDetails {

    static SignedInProfessional of(Professional professional, String passwordHash) {
        return new SignedInProfessional(professional.getId(), professional.getUsername(), professional.getRole(),
                professional.getUnitId(), professional.isActive(), passwordHash);
    }

    /** As the access decisions know the caller. */
    public Caller caller() {
        return new Caller(professionalId, role, unitId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The hash stays out of logs and error messages. */
    @Override
    public String toString() {
        return "SignedInProfessional[" + username + ", " + role + "]";
    }
}
