package vn.directives.query.examples;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the requests of example files as a REST client would: variables are the file's own
 * (nothing carries over from one file to the next, as in the editors), {@code {{$processEnv X}}}
 * reads the two passwords the examples need, and {@code {{name.response.body.$.path}}} and
 * {@code {{name.response.headers.Name}}} read an earlier named answer of the same file.
 */
final class ExampleRunner {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One step of a simple JSON path after {@code $}: {@code .field} or {@code [index]}. */
    private static final Pattern JSON_PATH_STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String command;
    private final String query;
    private final Map<String, String> environment;

    ExampleRunner(String command, String query, String adminPassword, String httpPassword) {
        this.command = command;
        this.query = query;
        this.environment = Map.of("DIRECTIVES_ADMIN_PASSWORD", adminPassword, "DIRECTIVES_HTTP_PASSWORD", httpPassword);
    }

    /** @return one line per request that answered another status than its file expects */
    List<String> run(HttpFile file) throws Exception {
        Map<String, String> variables = new HashMap<>();
        Map<String, HttpResponse<String>> answers = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (HttpFile.Step step : file.steps()) {
            try {
                if (step instanceof HttpFile.Variable variable) {
                    variables.put(variable.name(), switch (variable.name()) {
                        case "command" -> command;
                        case "query" -> query;
                        // resolved where used, as the editors do: it may name a later answer
                        default -> variable.value();
                    });
                } else if (step instanceof HttpFile.Request request) {
                    HttpResponse<String> answer = send(request, variables, answers);
                    if (request.name() != null) {
                        answers.put(request.name(), answer);
                    }
                    if (answer.statusCode() != request.expectedStatus()) {
                        failures.add(file.name() + ", \"" + request.title() + "\": expected "
                                + request.expectedStatus() + ", got " + answer.statusCode() + ": "
                                + abbreviate(answer.body()));
                    }
                }
            } catch (RuntimeException unresolved) {
                failures.add(file.name() + ": " + unresolved.getMessage());
            }
        }
        return failures;
    }

    private HttpResponse<String> send(HttpFile.Request request, Map<String, String> variables,
                                      Map<String, HttpResponse<String>> answers) throws Exception {
        String url = resolve(request.url(), variables, answers)
                .replace("http://localhost:8081", command)
                .replace("http://localhost:8082", query);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        for (String[] header : request.headers()) {
            String value = resolve(header[1], variables, answers);
            if (header[0].equalsIgnoreCase("Authorization") && value.startsWith("Basic ")) {
                value = basic(value.substring("Basic ".length()).trim());
            }
            builder.header(header[0], value);
        }
        String body = resolve(request.body(), variables, answers);
        builder.method(request.method(), body.isEmpty()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpRequest built = builder.build();
        HttpResponse<String> answer = HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // A read with ?position= answers 503 with Retry-After while the read models catch up: a
        // client tries again after the time it is told, as the API guide says (a few times at most).
        for (int attempt = 0; attempt < 10 && answer.statusCode() == 503
                && answer.headers().firstValue("Retry-After").isPresent(); attempt++) {
            Thread.sleep(1_000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()));
            answer = HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        return answer;
    }

    /** Both editors accept {@code Basic user password} (and {@code user:password}) and encode it. */
    private static String basic(String credentials) {
        if (credentials.matches("[A-Za-z0-9+/=]+") && !credentials.contains(" ")) {
            return "Basic " + credentials;
        }
        int space = credentials.indexOf(' ');
        String plain = space < 0 ? credentials : credentials.substring(0, space) + ":" + credentials.substring(space + 1);
        return "Basic " + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private String resolve(String text, Map<String, String> variables, Map<String, HttpResponse<String>> answers) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value(matcher.group(1), variables, answers)));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private String value(String reference, Map<String, String> variables, Map<String, HttpResponse<String>> answers) {
        if (reference.startsWith("$processEnv ")) {
            String name = reference.substring("$processEnv ".length()).trim();
            String value = environment.get(name);
            if (value == null) {
                throw new IllegalStateException("unknown environment variable " + name);
            }
            return value;
        }
        if (variables.containsKey(reference)) {
            return resolve(variables.get(reference), variables, answers);
        }
        String[] parts = reference.split("\\.", 4);
        if (parts.length == 4 && parts[1].equals("response") && answers.containsKey(parts[0])) {
            HttpResponse<String> answer = answers.get(parts[0]);
            if (parts[2].equals("headers")) {
                return answer.headers().firstValue(parts[3])
                        .orElseThrow(() -> new IllegalStateException("no header " + reference));
            }
            if (parts[2].equals("body") && parts[3].startsWith("$")) {
                JsonNode node = JSON.readTree(answer.body());
                Matcher step = JSON_PATH_STEP.matcher(parts[3].substring(1));
                while (step.find()) {
                    node = step.group(1) != null ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
                }
                if (node.isMissingNode() || node.isNull()) {
                    throw new IllegalStateException("no " + reference + " in " + abbreviate(answer.body()));
                }
                return node.isValueNode() ? node.asString() : node.toString();
            }
        }
        throw new IllegalStateException("unresolved {{" + reference + "}}");
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
