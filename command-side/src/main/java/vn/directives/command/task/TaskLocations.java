package vn.directives.command.task;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;

/** Where a created task can be read: on the query side. */
@Component
public class TaskLocations {

    private final String queryBaseUrl;

    TaskLocations(@Value("${directives.query-side.base-url}") String queryBaseUrl) {
        this.queryBaseUrl = queryBaseUrl;
    }

    /** e.g. {@code http://localhost:8082/api/surveys/0b6c…}. */
    public URI of(String collection, String taskId) {
        return URI.create(queryBaseUrl + "/api/" + collection + "/" + taskId);
    }
}
