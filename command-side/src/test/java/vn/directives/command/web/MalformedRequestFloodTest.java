package vn.directives.command.web;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.infrastructure.CommandSideTest;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import vn.directives.command.support.TestAccounts;

/**
 * Floods every command endpoint (a POST, or a PUT of a setting) with malformed bodies — empty, truncated JSON, JSON of the wrong
 * shape, wrong types in every field, impossible dates, 100,000-character strings, invalid UTF-8 —
 * and checks that each answers a 4xx problem document and stores nothing. The endpoints and their
 * body types are discovered from the application itself, so a new endpoint is covered without
 * editing this test.
 */
@CommandSideTest
class MalformedRequestFloodTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");
    private static final String LONG_TEXT = "ư".repeat(100_000);
    private static final String EVERY_ENDPOINTS_ROLES = "ADMINISTRATOR,ORGANIZATION_COMMITTEE";
    /** The variants that send no body at all, which an endpoint whose body is optional may accept. */
    private static final Set<String> NO_BODY = Set.of("an empty body", "JSON null");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @TestFactory
    Stream<DynamicTest> every_command_endpoint_answers_malformed_bodies_with_a_problem_and_stores_nothing() {
        List<DynamicTest> tests = new ArrayList<>();
        int[] endpoints = {0};
        mappings.getHandlerMethods().forEach((info, method) -> {
            Class<?> body = bodyType(method);
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String verb = methods.contains(RequestMethod.POST) ? "POST" : methods.contains(RequestMethod.PUT) ? "PUT"
                    : null;
            if (body == null || verb == null) {
                return;
            }
            boolean bodyOptional = !bodyRequired(method);
            for (String pattern : info.getPatternValues()) {
                String path = concretePath(pattern);
                variants(body, endpoints[0]++).forEach((name, bytes) -> tests.add(DynamicTest.dynamicTest(
                        verb + " " + pattern + " with " + name,
                        () -> assertRejected(verb, path, bytes, bodyOptional && NO_BODY.contains(name)))));
            }
        });
        assertThat(tests).as("malformed requests generated").hasSizeGreaterThan(50);
        return tests.stream();
    }

    /**
     * Every upload endpoint (a POST with {@code @RequestPart}s) refuses malformed multipart bodies —
     * empty, truncated, without a boundary, with the wrong part names, JSON instead — with a 400 (415
     * for JSON), and a body over the size limit with a 413, storing nothing.
     */
    @TestFactory
    Stream<DynamicTest> every_upload_endpoint_answers_malformed_multipart_bodies_with_a_problem() {
        List<DynamicTest> tests = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!hasParts(method) || !info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                String path = concretePath(pattern);
                multipartVariants().forEach((name, variant) -> tests.add(DynamicTest.dynamicTest(
                        "POST " + pattern + " with " + name,
                        () -> assertMultipartRejected(path, variant))));
            }
        });
        assertThat(tests).as("malformed uploads generated").hasSizeGreaterThanOrEqualTo(7);
        return tests.stream();
    }

    private record Upload(String contentType, byte[] body, int status) {
    }

    private static Map<String, Upload> multipartVariants() {
        String boundary = "flood" + UUID.randomUUID();
        String type = "multipart/form-data; boundary=" + boundary;
        String pdfPart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%%PDF-1.7 nội dung\r\n";
        Map<String, Upload> variants = new java.util.LinkedHashMap<>();
        variants.put("an empty multipart body", new Upload(type, new byte[0], 400));
        variants.put("only the closing boundary", new Upload(type, ("--" + boundary + "--\r\n").getBytes(
                StandardCharsets.UTF_8), 400));
        variants.put("a truncated part", new Upload(type, ("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 cắt ngang")
                .getBytes(StandardCharsets.UTF_8), 400));
        variants.put("no boundary", new Upload("multipart/form-data", pdfPart.formatted("file")
                .getBytes(StandardCharsets.UTF_8), 400));
        variants.put("the wrong part name", new Upload(type, (pdfPart.formatted("document") + "--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8), 400));
        variants.put("a file part with a text part's name", new Upload(type, (pdfPart.formatted("sha256") + "--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8), 400));
        variants.put("JSON instead of a form", new Upload("application/json", "{\"file\": \"a.pdf\"}"
                .getBytes(StandardCharsets.UTF_8), 415));
        byte[] huge = new byte[22 * 1024 * 1024];
        byte[] head = pdfPart.formatted("file").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, huge, 0, head.length);
        variants.put("a body over the size limit", new Upload(type, huge, 413));
        return variants;
    }

    private void assertMultipartRejected(String path, Upload upload) throws Exception {
        long eventsBefore = eventCount();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", upload.contentType())
                .header("Authorization", TestAccounts.basic("flood-tester", EVERY_ENDPOINTS_ROLES, null))
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(upload.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("title_en").asString()).isNotBlank();
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    private static boolean hasParts(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestPart.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path variables name nothing that exists, so any 4xx would do if only the status were
     * checked: a body that slipped through validation would still answer 404 for the unknown id.
     * The body must therefore be refused as such (400), unless the endpoint's body is optional
     * and the variant sends none. The sender holds the roles of every endpoint (the business ones
     * and account administration), so that no 403 stands in for the verdict on the body.
     */
    private void assertRejected(String verb, String path, byte[] body, boolean mayBeAccepted) throws Exception {
        long eventsBefore = eventCount();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAccounts.basic("flood-tester", EVERY_ENDPOINTS_ROLES, null))
                .method(verb, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("title_en").asString()).isNotBlank();
        assertThat(eventCount()).isEqualTo(eventsBefore);
        if (!mayBeAccepted) {
            assertThat(response.statusCode()).as("refused as a bad body: " + response.body()).isEqualTo(400);
        }
    }

    private long eventCount() {
        // the highest global index: any stored event raises it, and unlike count(*) it reads one index entry
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry", Long.class);
    }

    private static boolean bodyRequired(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
            if (annotation != null) {
                return annotation.required();
            }
        }
        return false;
    }

    private static Class<?> bodyType(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** Fills path variables: the first alternative of a constrained variable, else an unknown id. */
    private static String concretePath(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2).split("\\|")[0] : UUID.randomUUID().toString();
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /**
     * The malformed bodies sent to one endpoint: no body and JSON null (which an optional body may
     * accept) to every endpoint, one of the other malformed documents in turn (so that each is sent to
     * a quarter of the endpoints, and all of them across the application), and wrong values for its
     * fields.
     */
    private Map<String, byte[]> variants(Class<?> body, int endpoint) {
        Map<String, byte[]> variants = new java.util.LinkedHashMap<>();
        variants.put("an empty body", new byte[0]);
        variants.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
        List<Map.Entry<String, byte[]>> malformed = List.of(
                Map.entry("truncated JSON", "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8)),
                Map.entry("a JSON array", "[]".getBytes(StandardCharsets.UTF_8)),
                Map.entry("a JSON string", "\"text\"".getBytes(StandardCharsets.UTF_8)),
                Map.entry("invalid UTF-8", new byte[]{'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        Map.Entry<String, byte[]> turn = malformed.get(endpoint % malformed.size());
        variants.put(turn.getKey(), turn.getValue());
        if (body.isRecord()) {
            wrongFields(body, "", Map::of).forEach((name, value) -> variants.put(name, json.writeValueAsBytes(value)));
        }
        return variants;
    }

    /**
     * Wrong values for the fields of a request record (and of the records nested in it): every field
     * gets one, and every kind of wrong value of every field type present is sent at least once, so
     * that each field and each way of being wrong is covered without crossing them all (the cross
     * product was over a thousand requests, most of them repeating what another already proved).
     */
    private static Map<String, Object> wrongFields(Class<?> record, String prefix,
                                                   java.util.function.BiFunction<String, Object, Object> wrap) {
        Map<String, Object> variants = new java.util.LinkedHashMap<>();
        Map<Class<?>, Set<String>> kindsSent = new java.util.HashMap<>();
        List<RecordComponent> components = List.of(record.getRecordComponents());
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < components.size(); i++) {
                RecordComponent component = components.get(i);
                List<Map.Entry<String, Object>> wrong = new ArrayList<>(new java.util.TreeMap<>(
                        wrongValues(component.getType())).entrySet());
                Set<String> sent = kindsSent.computeIfAbsent(component.getType(), type -> new java.util.HashSet<>());
                for (int k = 0; k < wrong.size(); k++) {
                    Map.Entry<String, Object> value = wrong.get((i + k) % wrong.size());
                    boolean firstRound = round == 0 && k == 0;
                    boolean unsentKind = round == 1 && !sent.contains(value.getKey());
                    if (firstRound || unsentKind) {
                        sent.add(value.getKey());
                        variants.put(prefix + component.getName() + " as " + value.getKey(),
                                wrap.apply(component.getName(), value.getValue()));
                    }
                }
                if (round == 0 && component.getType().isRecord()) {
                    variants.putAll(wrongFields(component.getType(), prefix + component.getName() + ".",
                            (name, value) -> wrap.apply(component.getName(), Map.of(name, value))));
                }
            }
        }
        return variants;
    }

    private static Map<String, Object> wrongValues(Class<?> type) {
        if (type == String.class) {
            return Map.of("an object", Map.of("nested", true), "100,000 characters", LONG_TEXT);
        }
        if (type == LocalDate.class) {
            return Map.of("an impossible date", "2023-02-30", "not a date", "hôm qua", "a number", 20230101);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Map.of("text", "mười", "a huge number", "99999999999999999999999");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Map.of("text", "có lẽ");
        }
        if (type.isEnum()) {
            return Map.of("an unknown value", "KHÔNG_CÓ");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Map.of("a string", "không phải danh sách", "a list of 100,000-character strings", List.of(LONG_TEXT));
        }
        return Map.of("a number", 42, "a string", "sai kiểu");
    }
}
