package fi.perhekeskus.web.signin;

import java.util.Optional;

import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the identity provider says is only who someone is: the directory, matched by a configurable
 * claim (default {@code preferred_username}), says whether they may sign in and in which role.
 */
@Component
class IdentityProviderMatch {

    private final ProfessionalRepository professionals;
    private final String usernameClaim;

    IdentityProviderMatch(ProfessionalRepository professionals,
                          @Value("${familycentre.sign-in.username-claim:preferred_username}") String usernameClaim) {
        this.professionals = professionals;
        this.usernameClaim = usernameClaim;
    }

    /** Empty for someone not in the directory, or no longer active. */
    @Transactional(readOnly = true)
    Optional<SignedInProfessional> match(ClaimAccessor claims) {
        return Optional.ofNullable(claims.getClaimAsString(usernameClaim))
                .flatMap(professionals::findByUsername)
                .filter(Professional::isActive)
                .map(professional -> SignedInProfessional.of(professional, null));
    }

    String usernameClaim() {
        return usernameClaim;
    }
}
