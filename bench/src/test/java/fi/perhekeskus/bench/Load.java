package fi.perhekeskus.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What the scenarios share: where the application is, how long and how wide each runs (system
 * properties set by {@link Benchmark}), the families' cases as a feeder, and the requests a key
 * worker makes, each signed in as she signs in, with HTTP Basic.
 */
final class Load {

    static final String BASE_URL = "benchmark.base-url";
    static final String CASES = "benchmark.cases";
    static final String CLIENTS = "benchmark.clients";
    static final String SECONDS = "benchmark.seconds";
    static final String RATE = "benchmark.rate";
    static final String AUDIT_CASE = "benchmark.audit-case";
    static final String AUDIT_EVENTS = "benchmark.audit-events";

    private Load() {
    }

    static HttpProtocolBuilder as(String username) {
        return http.baseUrl(System.getProperty(BASE_URL))
                .basicAuth(username, username + "-demo")
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .disableCaching();
    }

    static FeederBuilder<String> families() {
        return csv(System.getProperty(CASES)).circular();
    }

    static int clients() {
        return Integer.getInteger(CLIENTS);
    }

    static Duration length() {
        return Duration.ofSeconds(Integer.getInteger(SECONDS));
    }

    static ChainBuilder recordNeed() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("RecordNeed").post("/api/v1/cases/#{caseId}/needs")
                .body(StringBody("""
                        {"description": "Puhe ei selkeydy", "raisedBy": "#{guardian}", "concernsMemberIds": ["#{child}"]}"""))
                .check(status().is(201), jsonPath("$.id").saveAs("needId")));
    }

    static ChainBuilder readCaseload() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("case list").get("/api/v1/cases").check(status().is(200)));
    }

    static ChainBuilder readCase() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("case").get("/api/v1/cases/#{caseId}").check(status().is(200)));
    }
}
