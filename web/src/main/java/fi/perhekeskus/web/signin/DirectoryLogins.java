package fi.perhekeskus.web.signin;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Browser sign-in through the identity provider, with the role from the directory, as for tokens. */
@Component
class DirectoryLogins implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService identityProvider = new OidcUserService();
    private final IdentityProviderMatch directory;

    DirectoryLogins(IdentityProviderMatch directory) {
        this.directory = directory;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = identityProvider.loadUser(request);
        var signedIn = directory.match(user).orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                "access_denied", "You are not in the family centre's directory, or no longer active", null)));
        return new DefaultOidcUser(signedIn.getAuthorities(), user.getIdToken(), user.getUserInfo(),
                directory.usernameClaim());
    }
}
