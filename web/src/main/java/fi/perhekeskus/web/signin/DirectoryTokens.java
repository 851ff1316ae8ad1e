package fi.perhekeskus.web.signin;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/** A bearer token for someone the directory does not know (or no longer active) is a bad token. */
@Component
class DirectoryTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final IdentityProviderMatch directory;

    DirectoryTokens(IdentityProviderMatch directory) {
        this.directory = directory;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var signedIn = directory.match(jwt).orElseThrow(() ->
                new InvalidBearerTokenException("The token's professional is not in the directory or not active"));
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
    }
}
