package fi.perhekeskus.web.signin;

import fi.perhekeskus.directory.DirectoryEditor;
import fi.perhekeskus.directory.LocalCredentialRepository;
import fi.perhekeskus.directory.ProfessionalRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password sign-in against the directory: only professionals with a local credential (the demo
 * directory of the embedded default) can sign in this way. Also tells the directory's revisions
 * who is making a change.
 */
@Component
class DirectorySignIn implements UserDetailsService, DirectoryEditor {

    private final ProfessionalRepository professionals;
    private final LocalCredentialRepository credentials;

    DirectorySignIn(ProfessionalRepository professionals, LocalCredentialRepository credentials) {
        this.professionals = professionals;
        this.credentials = credentials;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var professional = professionals.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such professional"));
        var credential = credentials.findById(professional.getId())
                .orElseThrow(() -> new UsernameNotFoundException("No password sign-in"));
        return SignedInProfessional.of(professional, credential.getPasswordHash());
    }

    @Override
    public String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
