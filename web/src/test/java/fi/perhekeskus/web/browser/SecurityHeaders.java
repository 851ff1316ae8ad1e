package fi.perhekeskus.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headers every page of the application comes with (issue 12, "Headers"): a strict
 * Content-Security-Policy (nothing inline, nothing from elsewhere, no framing), a Referrer-Policy
 * that gives no address away, a Permissions-Policy, and no sniffing of types. HSTS goes only with
 * HTTPS, which the tests do not use.
 */
final class SecurityHeaders {

    private static final Set<String> REFERRER_POLICIES = Set.of("no-referrer", "same-origin");

    private SecurityHeaders() {
    }

    /** What of them is missing or too lax; empty if all is there. Header names in lower case, as Playwright gives them. */
    static List<String> missingFrom(Map<String, String> headers) {
        var missing = new ArrayList<String>();
        String policy = headers.getOrDefault("content-security-policy", "");
        for (String directive : List.of("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'")) {
            if (!policy.contains(directive)) {
                missing.add("Content-Security-Policy " + directive);
            }
        }
        if (policy.contains("unsafe-inline") || policy.contains("unsafe-eval")) {
            missing.add("Content-Security-Policy without unsafe-inline and unsafe-eval");
        }
        if (!REFERRER_POLICIES.contains(headers.get("referrer-policy"))) {
            missing.add("Referrer-Policy no-referrer or same-origin");
        }
        if (!headers.getOrDefault("permissions-policy", "").contains("camera=()")) {
            missing.add("Permissions-Policy");
        }
        if (!"nosniff".equals(headers.get("x-content-type-options"))) {
            missing.add("X-Content-Type-Options nosniff");
        }
        return missing;
    }
}
