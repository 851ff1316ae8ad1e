package fi.perhekeskus.web.signin;

import fi.perhekeskus.directory.ProfessionalRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bearer token from the organisation's identity provider is only a claim of identity: who may do
 * what comes from the directory, matched by a configurable claim (default
 * {@code preferred_username}). A token for someone not in the directory, or no longer active, is
 * refused like a bad token.
 */
@Component
class DirectoryTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ProfessionalRepository professionals;
    private final String usernameClaim;

    DirectoryTokens(ProfessionalRepository professionals,
                    @Value("${familycentre.sign-in.username-claim:preferred_username}") String usernameClaim) {
        this.professionals = professionals;
        this.usernameClaim = usernameClaim;
    }

    @Override
    @Transactional(readOnly = true)
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.getClaimAsString(usernameClaim);
        var professional = username == null ? null : professionals.findByUsername(username).orElse(null);
        if (professional == null || !professional.isActive()) {
            throw new InvalidBearerTokenException("The token's professional is not in the directory or not active");
        }
        var signedIn = SignedInProfessional.of(professional, null);
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
    }
}
