package vn.directives.query.infrastructure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;
import vn.directives.query.QuerySideClient;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET endpoint of the query side, discovered from the application itself, so that a new
 * endpoint or parameter is covered without editing this test.
 *
 * <p>Garbage in every query parameter of every GET endpoint — an impossible date, text where a
 * number belongs, a negative number, an unknown enum value, a 5,000-character string — and checks
 * that each answers 400 with a problem document naming the parameter, never a 5xx. And the
 * OpenAPI document at {@code /v3/api-docs} describes every one of them.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = QuerySideApplication.CONFIG_NAME)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GetEndpointsTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Environment environment;

    @BeforeAll
    static void eventStoreExists() {
        CommandSideMigrations.apply();
    }

    @TestFactory
    Stream<DynamicTest> every_parameter_of_every_get_endpoint_refuses_garbage_with_a_problem_naming_it() {
        QuerySideClient client = new QuerySideClient(environment);
        List<DynamicTest> tests = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    || !method.getBeanType().getPackageName().startsWith("vn.directives.") || !answersData(method)) {
                return;
            }
            Map<String, String> required = requiredParameters(method);
            for (String pattern : info.getPatternValues()) {
                String path = concretePath(pattern);
                parameters(method).forEach((name, type) -> garbage(type).forEach((what, value) -> {
                    StringBuilder query = new StringBuilder(path).append('?').append(name).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                    required.forEach((other, valid) -> {
                        if (!other.equals(name)) {
                            query.append('&').append(other).append('=').append(valid);
                        }
                    });
                    tests.add(DynamicTest.dynamicTest("GET " + pattern + " with " + name + " " + what,
                            () -> assertRefused(client, query.toString(), name)));
                }));
            }
        });
        assertThat(tests).as("garbage requests generated").hasSizeGreaterThan(50);
        return tests.stream();
    }

    @Test
    void the_openapi_document_describes_every_get_endpoint() {
        HttpResponse<String> response = new QuerySideClient(environment).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).path("paths");

        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    && method.getBeanType().getPackageName().startsWith("vn.directives.") && answersData(method)) {
                info.getPatternValues().forEach(pattern -> endpoints.add(VARIABLE.matcher(pattern).replaceAll("{$1}")));
            }
        });
        assertThat(endpoints).as("GET endpoints").hasSizeGreaterThan(15);
        assertThat(endpoints).allSatisfy(endpoint -> assertThat(paths.path(endpoint).has("get"))
                .as("GET " + endpoint + " in the OpenAPI document").isTrue());
    }

    /** The one shape of a refusal: RFC 9457, both languages, and the parameter named in {@code errors}. */
    private static void assertRefused(QuerySideClient client, String pathAndQuery, String parameter) {
        HttpResponse<String> response = client.get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString("")).as(response.body()).startsWith("urn:directives:problem:");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        for (String field : List.of("title", "title_en", "detail", "detail_en")) {
            assertThat(problem.path(field).asString("")).as(field + " in " + response.body()).isNotBlank();
        }
        assertThat(problem.has("parameter")).as("no second way to name the parameter: " + response.body()).isFalse();
        List<JsonNode> naming = problem.path("errors").valueStream()
                .filter(error -> parameter.equals(error.path("field").asString(""))).toList();
        assertThat(naming).as("errors naming " + parameter + " in " + response.body()).isNotEmpty();
        assertThat(naming).allSatisfy(error -> {
            for (String field : List.of("rule", "message", "message_en")) {
                assertThat(error.path(field).asString("")).as(field + " in " + response.body()).isNotBlank();
            }
        });
    }

    /**
     * Whether a handler answers with data (a REST endpoint). The workspace's pages answer a bad
     * parameter with a page that explains it beside its field (their own browser tests), not with
     * a problem document, and are not part of the API's OpenAPI document.
     */
    private static boolean answersData(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || method.hasMethodAnnotation(ResponseBody.class);
    }

    /** The query parameters of a handler: its request parameters and the fields of a bound request object. */
    private static Map<String, Class<?>> parameters(HandlerMethod method) {
        Map<String, Class<?>> parameters = new LinkedHashMap<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam request = parameter.getParameterAnnotation(RequestParam.class);
            if (request != null) {
                String name = !request.name().isEmpty() ? request.name() : parameter.getParameterName();
                parameters.put(name, parameter.getParameterType());
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    && parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    parameters.put(component.getName(), component.getType());
                }
            }
        }
        return parameters;
    }

    /** The parameters a request must carry, each with a valid value, so that only the garbage is at fault. */
    private static Map<String, String> requiredParameters(HandlerMethod method) {
        Map<String, String> required = new LinkedHashMap<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam request = parameter.getParameterAnnotation(RequestParam.class);
            if (request != null && request.required() && ValueConstants.DEFAULT_NONE.equals(request.defaultValue())
                    && !Optional.class.equals(parameter.getParameterType())) {
                String name = !request.name().isEmpty() ? request.name() : parameter.getParameterName();
                required.put(name, parameter.getParameterType() == LocalDate.class ? "2025-06-30" : "1");
            }
        }
        return required;
    }

    private static Map<String, String> garbage(Class<?> type) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("of 5,000 characters", "x".repeat(5_000));
        if (type == LocalDate.class) {
            values.put("as an impossible date", "2023-02-30");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            values.put("as text", "mười");
            values.put("negative", "-1");
        } else if (type == boolean.class || type == Boolean.class) {
            values.put("as neither true nor false", "có lẽ");
        } else if (type.isEnum()) {
            values.put("as an unknown value", "KHONG_CO");
        }
        return values;
    }

    /**
     * Fills path variables: the first alternative of a constrained variable, else the signed-in test
     * reader's own user id, which names no record but makes the reader the owner of an inbox.
     */
    private static String concretePath(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2).split("\\|")[0] : "test-reader";
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
