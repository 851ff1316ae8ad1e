package fi.perhekeskus.web.signin;

import fi.perhekeskus.directory.ProfessionalRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Browser sign-in through the identity provider, with roles from the directory, as for tokens. */
@Component
class DirectoryLogins implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService identityProvider = new OidcUserService();
    private final ProfessionalRepository professionals;
    private final String usernameClaim;

    DirectoryLogins(ProfessionalRepository professionals,
                    @Value("${familycentre.sign-in.username-claim:preferred_username}") String usernameClaim) {
        this.professionals = professionals;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = identityProvider.loadUser(request);
        String username = user.getClaimAsString(usernameClaim);
        var professional = username == null ? null : professionals.findByUsername(username).orElse(null);
        if (professional == null || !professional.isActive()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "You are not in the family centre's directory, or no longer active", null));
        }
        var signedIn = SignedInProfessional.of(professional, null);
        return new DefaultOidcUser(signedIn.getAuthorities(), user.getIdToken(), user.getUserInfo(), usernameClaim);
    }
}
