package fi.perhekeskus.web.pages;

import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/** The embedded default's own sign-in form; deployments sign in at their identity provider. */
@PageController
class SignInPage {

    /** Someone already signed in has nothing to do here but go on to their cases. */
    @GetMapping("/signin")
    String signIn(@AuthenticationPrincipal SignedInProfessional me) {
        return me == null ? "signin" : "redirect:/cases";
    }
}
