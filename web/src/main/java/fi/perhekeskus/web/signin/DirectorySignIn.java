package fi.perhekeskus.web.signin;

import fi.perhekeskus.directory.DirectoryEditor;
import fi.perhekeskus.directory.LocalCredentialRepository;
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

    private final LocalCredentialRepository credentials;

    DirectorySignIn(LocalCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var signIn = credentials.findSignIn(username)
                .orElseThrow(() -> new UsernameNotFoundException("No professional with a password sign-in"));
        return SignedInProfessional.of(signIn.professional(), signIn.passwordHash());
    }

    @Override
    public String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
