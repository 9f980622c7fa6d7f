package vn.directives.command.discussion;

import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.infrastructure.web.Versions;
import vn.directives.command.task.AttachDocument;
import vn.directives.command.task.CommentOnTask;
import vn.directives.command.task.Document;
import vn.directives.command.task.UrgeTaskNow;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.TaskKindCollection;

import java.net.URI;
import java.util.UUID;

/**
 * Comments, attachments and urging on the spot, as sub-resources of every kind's collection, so
 * that a kind added to {@link TaskKindCollection} has them too. None of them takes {@code If-Match}:
 * they change nothing a step decides on.
 */
@RestController
@RequestMapping("/api/{collection:" + TaskKindCollection.PATTERN + "}/{taskId}")
class DiscussionController {

    private final CommandDispatcher dispatcher;
    private final DocumentInspection inspection;
    private final String queryBaseUrl;

    DiscussionController(CommandDispatcher dispatcher, DocumentInspection inspection,
                         @Value("${directives.query-side.base-url}") String queryBaseUrl) {
        this.dispatcher = dispatcher;
        this.inspection = inspection;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping("/comments")
    ResponseEntity<Versions.Accepted> comment(@PathVariable String collection, @PathVariable String taskId,
                                              @Valid @RequestBody DiscussionRequests.Comment body) {
        String commentId = UUID.randomUUID().toString();
        long version = dispatcher.dispatch(new CommentOnTask(taskId, kind(collection), commentId, body.text(),
                dispatcher.context()));
        return Versions.created(here(commentId), taskId, version);
    }

    /**
     * A multipart upload: the part {@code file}, and optionally {@code sha256}, the hash the sender
     * computed, which the bytes must match. Answers 201 with the download's address on the query side.
     */
    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Versions.Accepted> attach(@PathVariable String collection, @PathVariable String taskId,
                                             @RequestPart("file") MultipartFile file,
                                             @RequestPart(name = "sha256", required = false) String sha256) {
        Document document = inspection.inspect(file, sha256 == null || sha256.isBlank() ? null : sha256.strip());
        long version = dispatcher.dispatch(new AttachDocument(taskId, kind(collection), document,
                dispatcher.context()));
        URI download = URI.create(queryBaseUrl + "/api/tasks/" + taskId + "/attachments/" + document.attachmentId());
        return Versions.created(download, taskId, version);
    }

    @PostMapping("/urgings")
    ResponseEntity<Versions.Accepted> urge(@PathVariable String collection, @PathVariable String taskId,
                                           @Valid @RequestBody DiscussionRequests.Urging body) {
        String noticeId = UUID.randomUUID().toString();
        long version = dispatcher.dispatch(new UrgeTaskNow(taskId, kind(collection), noticeId, body.message(),
                dispatcher.context()));
        return Versions.created(here(noticeId), taskId, version);
    }

    private static URI here(String id) {
        return ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
    }

    private static TaskKind kind(String collection) {
        return TaskKindCollection.named(collection).orElseThrow().kind();
    }
}
