package fi.perhekeskus.web.signin;

import java.util.Optional;

import fi.perhekeskus.directory.DirectoryEditor;
import fi.perhekeskus.directory.LocalCredentialRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign in with a password: only professionals with a local credential (the demo directory
 * of the embedded default). Also tells the directory's revisions who is making a change.
 */
@Component
class DirectorySignIn implements DirectoryEditor {

    private final LocalCredentialRepository credentials;

    DirectorySignIn(LocalCredentialRepository credentials) {
        this.credentials = credentials;
    }

    /** Empty for a username with no password sign-in. */
    @Transactional(readOnly = true)
    Optional<SignedInProfessional> find(String username) {
        return credentials.findSignIn(username)
                .map(signIn -> SignedInProfessional.of(signIn.professional(), signIn.passwordHash()));
    }

    @Override
    public String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
