package vn.directives.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.core.io.Resource;
import org.springframework.web.method.HandlerMethod;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A side's words for its API: the document's title and description, and per operation
 * ({@code ControllerClass.method}) a summary, a description, an example request body and, for an
 * operation whose answer is not JSON, the media type it really produces. Operations the catalogue
 * names with {@code produces} answer that type; every other answer is JSON, as Spring writes it,
 * so the document says {@code application/json} where springdoc can only say {@code *}{@code /*}.
 */
final class OperationCatalogue {

    record Words(String summary, String description, String example, String produces) {
    }

    private final String title;
    private final String description;
    private final Map<String, Words> operations;
    /** operationId → media type, filled while operations are described, read when the document is settled */
    private final Map<String, String> producedByOperation = new HashMap<>();

    private OperationCatalogue(String title, String description, Map<String, Words> operations) {
        this.title = title;
        this.description = description;
        this.operations = operations;
    }

    @SuppressWarnings("unchecked")
    static OperationCatalogue load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            Map<String, Object> info = (Map<String, Object>) root.getOrDefault("info", Map.of());
            Map<String, Words> operations = new LinkedHashMap<>();
            ((Map<String, Map<String, String>>) root.getOrDefault("operations", Map.of())).forEach((key, words) ->
                    operations.put(key, new Words(words.get("summary"), words.get("description"),
                            words.get("example"), words.get("produces"))));
            return new OperationCatalogue((String) info.get("title"), (String) info.get("description"), operations);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI catalogue " + resource, e);
        }
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Operation describe(Operation operation, HandlerMethod handler) {
        Words words = operations.get(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName());
        if (words == null) {
            return operation;
        }
        operation.summary(words.summary()).description(words.description());
        if (words.example() != null && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            // JSON is YAML: parsed, the example shows as a JSON object rather than as a string
            Object example = new Yaml().load(words.example());
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
        }
        if (words.produces() != null && operation.getOperationId() != null) {
            producedByOperation.put(operation.getOperationId(), words.produces());
        }
        return operation;
    }

    void settleMediaTypes(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            String produced = producedByOperation.get(operation.getOperationId());
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((status, response) ->
                    settle(response, !status.startsWith("2") ? "application/problem+json"
                            : produced != null ? produced : "application/json"));
        }));
    }

    private static void settle(ApiResponse response, String type) {
        Content content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        MediaType media = content.remove("*/*");
        content.addMediaType(type, media);
    }
}
