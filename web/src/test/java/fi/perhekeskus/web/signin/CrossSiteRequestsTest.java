package fi.perhekeskus.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import fi.perhekeskus.testing.MovableClock;
import fi.perhekeskus.web.Api;
import fi.perhekeskus.web.PageSession;
import fi.perhekeskus.web.access.AccessTestConfiguration;
import fi.perhekeskus.web.access.Situations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cross-site request forgery: a page's form is never sent without its CSRF token, whatever else the
 * request carries, and the API skips the token only for a call that brings its own credentials,
 * no session cookie, and comes from no other site's page. Each refusal changes nothing of the plan.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AccessTestConfiguration.class)
class CrossSiteRequestsTest {

    private static final String EVIL = "http://evil.example";

    @Autowired
    Situations situations;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    private Situations.Case plan;
    private long version;
    private String reviews;
    private Map<String, String> review;

    @BeforeEach
    void aCaseToForgeAReviewFor() {
        plan = situations.build("east");
        version = situations.version(plan.caseId());
        reviews = "/cases/" + plan.caseId() + "/reviews";
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        review = Map.ofEntries(Map.entry("heldOn", today.toString()),
                Map.entry("familyParticipants", plan.guardian().toString()), Map.entry("summary", "Väärennetty"),
                Map.entry("followUps[0].needId", plan.needA().toString()), Map.entry("followUps[0].familyView", "Hyvä"),
                Map.entry("followUps[0].professionalView", "Hyvä"), Map.entry("followUps[0].decision", "CONTINUE"),
                Map.entry("followUps[1].needId", plan.needB().toString()), Map.entry("followUps[1].familyView", "Hyvä"),
                Map.entry("followUps[1].professionalView", "Hyvä"), Map.entry("followUps[1].decision", "CONTINUE"),
                Map.entry("nextReviewOn", today.plusMonths(1).toString()));
    }

    @Test
    void aPageFormWithTheBrowsersCachedBasicLoginFromAnotherSiteIsRefused() {
        var forged = PageSession.open(port).postRaw(reviews, PageSession.form(review),
                "Authorization", basic("maija"), "Origin", EVIL, "Sec-Fetch-Site", "cross-site");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("Content-Type")).startsWith("text/html");
        assertUnchanged();
    }

    @Test
    void aPageFormWithBasicCredentialsAndNoTokenIsRefusedEvenFromNoOtherSite() {
        var api = new Api(port);
        var posted = api.post(reviews, "maija", PageSession.form(review),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");

        assertThat(posted.status()).isEqualTo(403);
        assertUnchanged();
    }

    @Test
    void aJunkAuthorizationHeaderDoesNotLiftTheCheckFromASession() {
        var maija = PageSession.signIn(port, "maija");
        var forged = maija.postRaw(reviews, PageSession.form(review), "Authorization", "Foo bar");
        assertThat(forged.status()).isEqualTo(403);
        assertUnchanged();

        var withToken = maija.post(reviews, review, "Authorization", "Foo bar");
        assertThat(withToken.status()).as("the same form with its token").isEqualTo(302);
    }

    @Test
    void theApiIsNotForABrowsersSessionWithoutItsToken() {
        var maija = PageSession.signIn(port, "maija");
        var api = new Api(port);
        var withSession = api.post(apiReviews(), "maija", apiReview(), "Cookie", "JSESSIONID=" + maija.session());
        assertThat(withSession.status()).isEqualTo(403);
        assertThat(withSession.header("Content-Type")).startsWith("application/problem+json");

        var withSessionAlone = api.post(apiReviews(), null, apiReview(), "Cookie", "JSESSIONID=" + maija.session());
        assertThat(withSessionAlone.status()).isEqualTo(403);
        assertUnchanged();
    }

    @Test
    void anApiCallFromAnotherSitesPageIsNotTakenForAClientsOwn() {
        var api = new Api(port);
        var fromAPage = api.post(apiReviews(), "maija", apiReview(), "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
        assertThat(fromAPage.status()).isEqualTo(401);
        assertUnchanged();
    }

    @Test
    void anApiClientSignsInWithItsOwnCredentialsAndNoToken() {
        var api = new Api(port);
        assertThat(api.post(apiReviews(), null, apiReview()).status()).as("no credentials").isEqualTo(401);
        assertThat(api.post(apiReviews(), null, apiReview(), "Authorization", "Basic "
                + Base64.getEncoder().encodeToString("maija:arvaus".getBytes(StandardCharsets.UTF_8))).status())
                .as("a wrong password").isEqualTo(401);
        assertThat(api.post(apiReviews(), null, apiReview(), "Authorization", "Foo bar").status())
                .as("no credentials the API knows").isEqualTo(401);
        assertUnchanged();

        assertThat(api.post(apiReviews(), "maija", apiReview()).status()).isEqualTo(201);
    }

    private String apiReviews() {
        return "/api/v1" + reviews;
    }

    private String apiReview() {
        return """
                {"heldOn": "%s", "participants": [{"kind": "FAMILY_MEMBER", "memberId": "%s"}], "summary": "Väärennetty",
                 "followUps": [{"needId": "%s", "familyView": "Hyvä", "professionalView": "Hyvä", "decision": "CONTINUE"},
                 {"needId": "%s", "familyView": "Hyvä", "professionalView": "Hyvä", "decision": "CONTINUE"}],
                 "nextReviewOn": "%s"}"""
                .formatted(review.get("heldOn"), plan.guardian(), plan.needA(), plan.needB(), review.get("nextReviewOn"));
    }

    private void assertUnchanged() {
        assertThat(situations.version(plan.caseId())).as("the plan's version").isEqualTo(version);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + username + "-demo")
                .getBytes(StandardCharsets.UTF_8));
    }
}
