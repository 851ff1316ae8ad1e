package fi.perhekeskus.web.problems;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests as someone out to break the application would send them, for every endpoint and page
 * the application maps: shaped from each handler's own parameters (path variables, query
 * parameters, a JSON body or a page's form, field by field from the Java types), then spoilt at
 * every level, with real ids of the test's cases mixed among made-up ones so that requests also get
 * past the gate. Every choice is drawn from QuickTheories' randomness source, so that a failing
 * request shrinks to a simpler one and a seed repeats a run.
 */
final class HostileRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    /** Free text as it comes, and as it should not: empty, too long, control and half characters, markup, code. */
    private static final List<String> TEXTS = List.of("Arki on raskasta", "Åsa ja Äijä öisin", "", " ", "\t\r\n",
            "x".repeat(4000), "x".repeat(4001), "😀".repeat(4000), "😀".repeat(4001), "a\u0000b", "\u0000",
            "\ud83d", "x\ude00y", "\ude00\ud83d", "\uFFFF\uFFFE", "\uFEFF", "\u202Ekäännetty", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "' OR '1'='1' --", "%00", "%s%n%x", "${7*7}",
            "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "#{7*7}", "*{7*7}", "\\", "null",
            "\r\nSet-Cookie: istunto=1", "../../../../etc/passwd", "KEY_WORKER", "true");
    private static final List<String> MADE_UP_IDS = List.of("not-a-uuid", "", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "12345678-1234-1234-1234-12345678901", "------------------------------------",
            "KEY_WORKER", "null", "0");
    private static final List<String> DATES = List.of("1900-01-01", "2200-12-31", "1899-12-31", "2201-01-01",
            "-4713-01-01", "-4714-11-24", "+5874898-01-01", "99999-01-01", "+99999-01-01", "+999999999-12-31",
            "-999999999-01-01", "2026-02-30", "2026-13-01", "0000-00-00", "yesterday", "", "2026-1-1", "20260101");
    private static final List<String> INSTANTS = List.of("1900-01-01T00:00:00Z", "2200-12-31T23:59:59Z",
            "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "-4714-11-24T00:00:00Z", "+294277-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z", "2026-01-01T10:00:00+02:00",
            "2026-01-01T10:00", "2026-01-01", "now", "", "2026-01-01T25:61:61Z");
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "99999999999999999999999", "1e3", "1.5", "NaN", "", "abc", "0x10");
    /** Query and form values as raw, already encoded bytes: half characters, invalid UTF-8, stray escapes. */
    private static final List<String> RAW_ESCAPES = List.of("%00", "%ED%A0%80", "%ED%B0%80", "%FF%FE", "%C0%80",
            "%E2%80%AE", "%25", "%2500", "%0D%0A", "%F4%90%80%80");
    private static final List<String> PATH_JUNK = List.of("not-a-uuid", "%00", "..", "%2e%2e", "%2F", "a;b=c",
            "%ED%A0%80", "%20", "null", "x".repeat(300), "%F0%9F%98%80", "00000000-0000-0000-0000-000000000000");
    private static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "text/plain", "text/html",
            "application/xml", "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=latin1",
            "application/json; charset=nope", "application/json;;", "garbage", "application/x-www-form-urlencoded; charset=utf-16",
            "application/problem+json", "application/json-patch+json", "");
    private static final List<String> ACCEPTS = List.of("application/json", "application/pdf", "text/html", "*/*",
            "application/xml", "image/png", "application/problem+json", "text/html;q=0", "garbage", "", "*/*;q=abc");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en", "sv-FI;q=0.9, en;q=0.1", "de", "*",
            "xx-yy-zz", ";;;", "fi-FI-x-private");
    private static final List<String> IF_MATCHES = List.of("\"0\"", "\"1\"", "W/\"2\"", "*", "banana", "\"-1\"",
            "\"99999999999999999999\"", "\"\"", ",,");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    private static final List<String> EXTRA_PATHS = List.of("/", "/error", "/signin", "/signin?error&lang=sv",
            "/css/app.css", "/favicon.ico", "/livez", "/readyz", "/actuator/health", "/actuator/prometheus",
            "/actuator/env", "/api/v1/nothing", "/nothing", "/api/v1/cases/%00", "/cases/%2e%2e/%2e%2e/etc/passwd",
            "/css/../../WEB-INF/web.xml", "/api/v1//cases", "/cases;jsessionid=x", "/swagger-ui.html",
            "/v3/api-docs/../../error");
    private static final List<String> JUNK_BODIES = List.of("", "{", "}", "null", "[]", "{}", "\"text\"", "42",
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "[".repeat(2000), "{\"x\": 1e99999}",
            "{\"description\": \"\\ud800\"}", "{\"description\": \"a\\u0000b\"}", "\u0000\u0001\u0002",
            "a=b&c", "%%%", "{\"family\": {\"members\": " + "[{}]".repeat(3) + "}}");

    /** One of the application's handler methods, at one path and method. */
    record Target(String method, String pattern, HandlerMethod handler) {

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    /**
     * A request to send. {@code who} is whose credentials it carries: {@code basic:maija},
     * {@code session:maija} (a browser's session), {@code junk:...} or {@code none}; {@code token}
     * whether a browser session sends its CSRF token with it.
     */
    record Request(String method, String path, List<String> headers, String body, String who, boolean token) {

        @Override
        public String toString() {
            return method + " " + path + " as " + who + (token ? " with CSRF token" : "") + " " + headers
                    + (body == null ? "" : " body[" + body.length() + "]: "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    private final List<Target> targets;
    private final Map<String, List<String>> ids;
    private final List<String> anyIds;
    private final List<String> signedIn;
    private final LocalDate today;

    /**
     * @param ids      real ids by the name of the path variable or field that takes them
     * @param signedIn usernames that have a browser session as well as a password
     */
    HostileRequests(List<Target> targets, Map<String, List<String>> ids, List<String> signedIn, LocalDate today) {
        this.targets = List.copyOf(targets);
        this.ids = Map.copyOf(ids);
        this.anyIds = ids.values().stream().flatMap(List::stream).distinct().toList();
        this.signedIn = List.copyOf(signedIn);
        this.today = today;
    }

    Gen<Request> requests() {
        return in -> new Draw(in).request();
    }

    /** One request's choices, all drawn from the one source of randomness. */
    private final class Draw {

        private final RandomnessSource in;

        Draw(RandomnessSource in) {
            this.in = in;
        }

        Request request() {
            if (chance(3)) {
                return new Request(pick(METHODS), pick(EXTRA_PATHS), headers(null, false), chance(50) ? pick(JUNK_BODIES)
                        : null, who(false), chance(50));
            }
            Target target = pick(targets);
            String method = chance(4) ? pick(METHODS) : target.method();
            var query = new ArrayList<String>();
            String body = null;
            boolean form = false;
            for (MethodParameter parameter : target.handler().getMethodParameters()) {
                var named = parameter.getParameterAnnotation(RequestParam.class);
                if (named != null && chance(75)) {
                    String name = named.name().isEmpty() ? parameter.getParameterName() : named.name();
                    query.add(encode(name) + "=" + (chance(10) ? pick(RAW_ESCAPES) : encode(text(parameter
                            .getGenericParameterType(), name))));
                } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    body = chance(12) ? pick(JUNK_BODIES) : json(parameter.getGenericParameterType());
                } else if (isForm(parameter)) {
                    form = true;
                    body = chance(8) ? pick(JUNK_BODIES) : formBody(parameter.getParameterType());
                }
            }
            if (chance(10)) {
                query.add(pick(List.of("lang", "page", "size", "unknown", "_csrf", "status", "q")) + "="
                        + (chance(50) ? pick(RAW_ESCAPES) : encode(pick(TEXTS))));
            }
            String path = path(target.pattern()) + (query.isEmpty() ? "" : "?" + String.join("&", query));
            if (body == null && method.equals("POST") && chance(20)) {
                body = pick(JUNK_BODIES);
            }
            return new Request(method, path, headers(body == null ? null : form ? "form" : "json", target.api()), body,
                    who(target.api()), chance(85));
        }

        private String who(boolean api) {
            int roll = between(0, 99);
            String user = pick(signedIn);
            if (roll < (api ? 70 : 15)) {
                return "basic:" + user;
            }
            if (roll < 85) {
                return "session:" + user;
            }
            if (roll < 93) {
                return "none";
            }
            return "junk:" + pick(List.of("Foo bar", "Basic", "Basic !!!", "Basic bm9jb2xvbg==", "Bearer ",
                    "Bearer eyJhbGciOiJub25lIn0.e30.", "Negotiate YII=", "basic " + "A".repeat(500)));
        }

        private List<String> headers(String bodyKind, boolean api) {
            var headers = new ArrayList<String>();
            if (bodyKind != null) {
                String fitting = bodyKind.equals("json") ? "application/json" : "application/x-www-form-urlencoded";
                String type = chance(80) ? fitting : pick(CONTENT_TYPES);
                if (!type.isEmpty()) {
                    headers.addAll(List.of("Content-Type", type));
                }
            } else if (chance(10)) {
                headers.addAll(List.of("Content-Type", pick(CONTENT_TYPES.subList(0, 6))));
            }
            headers.addAll(List.of("Accept", chance(80) ? (api ? "application/json" : "text/html") : pick(ACCEPTS)));
            if (chance(30)) {
                headers.addAll(List.of("Accept-Language", pick(LANGUAGES)));
            }
            if (chance(15)) {
                headers.addAll(List.of("If-Match", pick(IF_MATCHES)));
            }
            if (chance(15)) {
                headers.addAll(List.of("Idempotency-Key", pick(List.of(UUID.randomUUID().toString(), "k", " ",
                        "x".repeat(201), "x".repeat(200), "ääkkönen", "%00"))));
            }
            if (chance(10)) {
                headers.addAll(List.of("X-Correlation-Id", pick(List.of("abc", "x".repeat(101), "<b>", "' OR 1=1"))));
            }
            if (chance(10)) {
                headers.addAll(List.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"));
            }
            if (chance(5)) {
                headers.addAll(List.of("Cookie", pick(List.of("lang=xx", "lang=sv", "JSESSIONID=garbage", "lang=%00"))));
            }
            return headers;
        }

        private String path(String pattern) {
            Matcher placeholder = PLACEHOLDER.matcher(pattern);
            var filled = new StringBuilder();
            while (placeholder.find()) {
                String name = placeholder.group(1);
                String value = chance(80) ? pick(ids.getOrDefault(name, anyIds))
                        : chance(50) ? UUID.randomUUID().toString() : pick(PATH_JUNK);
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            return placeholder.appendTail(filled).toString();
        }

        /** A JSON value for a Java type, mostly of the right shape, with every kind of wrong one mixed in. */
        private String json(Type type) {
            return JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(node(type, "", 0));
        }

        private JsonNode node(Type type, String name, int depth) {
            if (chance(4)) {
                return pick(List.of(NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(-1),
                        NODES.booleanNode(true), NODES.textNode(pick(TEXTS))));
            }
            Class<?> raw = raw(type);
            if (raw.isRecord() && depth < 4) {
                ObjectNode object = NODES.objectNode();
                for (RecordComponent component : raw.getRecordComponents()) {
                    if (chance(88)) {
                        object.set(component.getName(), node(component.getGenericType(), component.getName(), depth + 1));
                    }
                }
                if (chance(4)) {
                    object.put("surprise", pick(TEXTS));
                }
                return object;
            }
            if (Collection.class.isAssignableFrom(raw)) {
                ArrayNode array = NODES.arrayNode();
                int size = between(0, chance(5) ? 60 : 3);
                for (int i = 0; i < size; i++) {
                    array.add(node(element(type), name, depth + 1));
                }
                return array;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return chance(80) ? NODES.booleanNode(chance(50)) : NODES.textNode(pick(TEXTS));
            }
            if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
                String number = pick(NUMBERS);
                return chance(60) && number.matches("-?\\d{1,18}") ? NODES.numberNode(Long.parseLong(number))
                        : NODES.textNode(number);
            }
            return NODES.textNode(text(type, name));
        }

        /** A text for a Java type, as a query parameter, a form field or a JSON string carries it. */
        private String text(Type type, String name) {
            Class<?> raw = raw(type);
            if (raw == UUID.class) {
                return chance(75) ? pick(ids.getOrDefault(name, anyIds)) : chance(50) ? UUID.randomUUID().toString()
                        : pick(MADE_UP_IDS);
            }
            if (raw == LocalDate.class) {
                return chance(60) ? today.plusDays(between(-400, 400)).toString() : pick(DATES);
            }
            if (raw == Instant.class) {
                return chance(60) ? today.atStartOfDay().minusHours(between(-48, 48)).toString() + "Z" : pick(INSTANTS);
            }
            if (raw == LocalTime.class) {
                return pick(List.of("12:00", "23:59:59", "00:00", "24:00", "noon", "", "12:60"));
            }
            if (raw.isEnum()) {
                var values = Stream.of(raw.getEnumConstants()).map(Object::toString).toList();
                return chance(80) ? pick(values) : pick(List.of("SOMETIMES", values.get(0).toLowerCase(), "", " "));
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return pick(List.of("true", "false", "on", "yes", ""));
            }
            if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
                return chance(50) ? Integer.toString(between(0, 3)) : pick(NUMBERS);
            }
            if (raw.isRecord()) {
                return Stream.of(raw.getRecordComponents()).map(component -> text(component.getGenericType(), ""))
                        .collect(Collectors.joining(":"));
            }
            return chance(25) ? randomText() : pick(TEXTS);
        }

        /** A page's form, field by field from the record it binds to; a field may be missing or repeated. */
        private String formBody(Class<?> form) {
            var fields = new ArrayList<String>();
            for (RecordComponent component : form.getRecordComponents()) {
                int times = chance(85) ? Collection.class.isAssignableFrom(component.getType()) ? between(1, 3) : 1
                        : chance(50) ? 0 : 2;
                Type type = Collection.class.isAssignableFrom(component.getType())
                        ? element(component.getGenericType()) : component.getGenericType();
                for (int i = 0; i < times; i++) {
                    fields.add(encode(component.getName()) + "=" + (chance(8) ? pick(RAW_ESCAPES)
                            : encode(text(type, component.getName()))));
                }
            }
            return String.join("&", fields);
        }

        /** Any code points, surrogate halves included, up to twenty. */
        private String randomText() {
            var text = new StringBuilder();
            int length = between(0, 20);
            for (int i = 0; i < length; i++) {
                int range = between(0, 4);
                int codePoint = switch (range) {
                    case 0 -> between(0, 0x7F);
                    case 1 -> between(0x80, 0x2FF);
                    case 2 -> between(0xD800, 0xDFFF);
                    case 3 -> between(0x1F600, 0x1F64F);
                    default -> between(0xE000, 0xFFFF);
                };
                text.appendCodePoint(codePoint);
            }
            return text.toString();
        }

        private boolean chance(int percent) {
            return between(0, 99) < percent;
        }

        private int between(int low, int high) {
            return (int) in.next(Constraint.between(low, high));
        }

        private <T> T pick(List<T> options) {
            return options.get(between(0, options.size() - 1));
        }
    }

    /** A page's form: a record checked as it is bound from the request's parameters, not a JSON body. */
    static boolean isForm(MethodParameter parameter) {
        return parameter.getParameterType().isRecord() && parameter.hasParameterAnnotation(Valid.class)
                && !parameter.hasParameterAnnotation(RequestBody.class);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Type element(Type collection) {
        return collection instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0]
                : String.class;
    }

    /** Encoded as a browser encodes a form; a half surrogate pair becomes '?', as it would there. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
