package fi.perhekeskus.web.pages;

import org.springframework.web.bind.annotation.GetMapping;

/** The embedded default's own sign-in form; deployments sign in at their identity provider. */
@PageController
class SignInPage {

    @GetMapping("/signin")
    String signIn() {
        return "signin";
    }
}
