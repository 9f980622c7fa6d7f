package vn.directives.query.workspace.task;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.TaskKindCollection;
import vn.directives.query.discussion.AttachmentDownloads;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.taskboard.TaskBoard;
import vn.directives.query.taskboard.TaskView;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.CommandSide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The discussion section's forms: a comment and a document, forwarded to the command side as the
 * signed-in user (which decides who may), then back to the task page (post, redirect, get): at the
 * command's event position when accepted, with the refusal's message and what was typed when not.
 * And the download of a document, for whoever may read the task.
 */
@Controller
class TaskDiscussionController {

    private final TaskBoard board;
    private final CommandSide commandSide;
    private final AttachmentDownloads downloads;
    private final MessageSource messages;

    TaskDiscussionController(TaskBoard board, CommandSide commandSide, AttachmentDownloads downloads,
                             MessageSource messages) {
        this.board = board;
        this.commandSide = commandSide;
        this.downloads = downloads;
        this.messages = messages;
    }

    @PostMapping("/tasks/{taskId}/comments")
    String comment(@PathVariable String taskId, @RequestParam(defaultValue = "") String text,
                   @RequestParam(required = false) String idempotencyKey, RedirectAttributes flash, Locale locale) {
        TaskView task = task(taskId);
        if (text.isBlank()) {
            return refused(taskId, "text", messages.getMessage("discussion.comment.required", null, locale), text,
                    flash);
        }
        CommandOutcome outcome = commandSide.send(apiPath(task, "comments"), Map.of("text", text), null,
                idempotencyKey);
        return outcome.accepted() ? accepted(taskId, outcome, flash)
                : refused(taskId, "text", detail(outcome), text, flash);
    }

    @PostMapping("/tasks/{taskId}/attachments")
    String attach(@PathVariable String taskId, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes flash, Locale locale) {
        TaskView task = task(taskId);
        if (file == null || file.isEmpty()) {
            return refused(taskId, "file", messages.getMessage("discussion.attachment.required", null, locale), null,
                    flash);
        }
        CommandOutcome outcome = commandSide.upload(apiPath(task, "attachments"), file.getOriginalFilename(),
                bytes(file));
        return outcome.accepted() ? accepted(taskId, outcome, flash) : refused(taskId, "file", detail(outcome), null,
                flash);
    }

    @GetMapping("/tasks/{taskId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String taskId, @PathVariable String attachmentId) {
        return downloads.download(taskId, attachmentId);
    }

    private static String accepted(String taskId, CommandOutcome outcome, RedirectAttributes flash) {
        Long position = outcome.eventPosition() != null ? outcome.eventPosition()
                : outcome.body().path("position").isNumber() ? Long.valueOf(outcome.body().path("position").asLong())
                : null;
        if (position != null) {
            flash.addAttribute("position", position);
        }
        return "redirect:/tasks/" + taskId + "#discussion";
    }

    private static String refused(String taskId, String field, String message, String typed,
                                  RedirectAttributes flash) {
        flash.addFlashAttribute("discussionField", field);
        flash.addFlashAttribute("discussionError", message);
        flash.addFlashAttribute("commentText", typed);
        return "redirect:/tasks/" + taskId + "#discussion";
    }

    /** The refusal's message in the user's language (the command side answered in it). */
    private static String detail(CommandOutcome outcome) {
        return outcome.body().path("detail").asString("");
    }

    private TaskView task(String taskId) {
        return board.one(taskId, null, QueryParameters.today())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task " + taskId));
    }

    private static String apiPath(TaskView task, String sub) {
        return "/api/" + TaskKindCollection.of(TaskKind.valueOf(task.kind())).collection() + "/" + task.id() + "/" + sub;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded part could not be read", e);
        }
    }
}
