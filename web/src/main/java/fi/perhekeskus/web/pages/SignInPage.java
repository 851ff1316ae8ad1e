package fi.perhekeskus.web.pages;

import java.time.Duration;

import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The embedded default's own sign-in form; deployments sign in at their identity provider. */
@PageController
class SignInPage {

    /** At most how long a username is paused at one address after repeated failures, as the form tells. */
    private final Duration longestPause;

    SignInPage(@Value("${familycentre.sign-in.throttle.username-at-address.lock-for}") Duration longestPause) {
        this.longestPause = longestPause;
    }

    /** Someone already signed in has nothing to do here but go on to their cases. */
    @GetMapping("/signin")
    String signIn(@AuthenticationPrincipal SignedInProfessional me, Model model) {
        model.addAttribute("pauseMinutes", Math.max(1, longestPause.toMinutes()));
        return me == null ? "signin" : "redirect:/cases";
    }
}
