package vn.directives.command.support;

import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Every endpoint an application maps, called anonymously and as a user of each role: the
 * endpoints come from the running application's request mappings, so that a new endpoint cannot
 * escape the check. What a role may do is the caller's expectation; a mismatch is reported as
 * "METHOD path as role: expected ..., got status".
 */
public final class AccessMatrix {

    /** What the security layer should answer. ALLOWED means it let the request through (neither 401 nor 403). */
    public enum Expected { UNAUTHENTICATED, FORBIDDEN, ALLOWED }

    public record Endpoint(String method, String path) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AccessMatrix() {
    }

    /**
     * Every method and path the application's controllers map (but Spring Boot's {@code /error});
     * path variables become {@code x}.
     */
    public static List<Endpoint> endpoints(ApplicationContext context) {
        TreeSet<String> seen = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (pattern.equals("/error")) {
                        continue; // Spring Boot's error page, reached by the container's error dispatch
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "x");
                    if (methods.isEmpty()) {
                        seen.add("GET " + path);
                    }
                    methods.forEach(method -> seen.add(method.name() + " " + path));
                }
            }
        }
        return seen.stream().map(line -> new Endpoint(line.substring(0, line.indexOf(' ')),
                line.substring(line.indexOf(' ') + 1))).toList();
    }

    /**
     * Calls each endpoint as each user ({@code null} credentials: anonymous) and returns the
     * mismatches with the expectation; {@code counted[0]} receives the number of calls made.
     */
    public static List<String> mismatches(String baseUrl, List<Endpoint> endpoints, List<String> roles,
                                          BiFunction<Endpoint, String, Expected> expectation, int[] counted) {
        List<String> mismatches = new ArrayList<>();
        List<String> users = new ArrayList<>();
        users.add(null);
        users.addAll(roles);
        for (Endpoint endpoint : endpoints) {
            for (String role : users) {
                int status = call(baseUrl, endpoint, role);
                counted[0]++;
                Expected expected = expectation.apply(endpoint, role);
                boolean holds = switch (expected) {
                    case UNAUTHENTICATED -> status == 401;
                    case FORBIDDEN -> status == 403;
                    case ALLOWED -> status != 401 && status != 403 && status < 500;
                };
                if (!holds) {
                    mismatches.add(endpoint.method() + " " + endpoint.path() + " as "
                            + (role == null ? "anonymous" : role) + ": expected " + expected + ", got " + status);
                }
            }
        }
        return mismatches;
    }

    /** The test account that has exactly this one role (a unit officer's unit is {@code unit-matrix}). */
    public static String credentials(String role) {
        return TestAccounts.basic("matrix-" + role.toLowerCase().replace('_', '-'), role,
                "UNIT_OFFICER".equals(role) ? "unit-matrix" : null);
    }

    private static int call(String baseUrl, Endpoint endpoint, String role) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + endpoint.path()));
        if (role != null) {
            request.header("Authorization", credentials(role));
        }
        if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE") || endpoint.method().equals("HEAD")) {
            request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(endpoint.method(),
                    HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(endpoint + " could not be called", e);
        }
    }
}
