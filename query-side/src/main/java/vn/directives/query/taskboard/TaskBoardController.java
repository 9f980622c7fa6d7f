package vn.directives.query.taskboard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.RequestRefused;
import vn.directives.platform.web.TaskKindCollection;

/**
 * The task board: every task, or the tasks of one kind under its own collection (where the
 * command side's {@code Location} headers point), with each task's deadline category at a date.
 * One task answers with its version as {@code ETag}, ready for an {@code If-Match}.
 */
@RestController
@RequestMapping("/api")
class TaskBoardController {

    private final TaskBoard board;

    TaskBoardController(TaskBoard board) {
        this.board = board;
    }

    @GetMapping("/tasks")
    TaskPage tasks(@ModelAttribute BoardRequest request) {
        return board.page(request.toQuery(null));
    }

    @GetMapping("/tasks/{taskId}")
    ResponseEntity<TaskView> task(@PathVariable String taskId, @RequestParam(required = false) String at) {
        return one(taskId, null, at);
    }

    @GetMapping("/{collection:" + TaskKindCollection.PATTERN + "}")
    TaskPage tasksOfKind(@PathVariable String collection, @ModelAttribute BoardRequest request) {
        return board.page(request.toQuery(TaskKindCollection.named(collection).orElseThrow().kind()));
    }

    @GetMapping("/{collection:" + TaskKindCollection.PATTERN + "}/{taskId}")
    ResponseEntity<TaskView> taskOfKind(@PathVariable String collection, @PathVariable String taskId,
                                        @RequestParam(required = false) String at) {
        return one(taskId, TaskKindCollection.named(collection).orElseThrow().kind(), at);
    }

    private ResponseEntity<TaskView> one(String taskId, TaskKind kind, String at) {
        TaskView task = board.one(taskId, kind, BoardRequest.atOrToday(at)).orElseThrow(() -> unknown(taskId));
        return ResponseEntity.ok().eTag("\"" + task.version() + "\"").body(task);
    }

    private static RequestRefused unknown(String taskId) {
        return RequestRefused.notFound(
                "Không có nhiệm vụ " + taskId + " trên bảng theo dõi; nhiệm vụ vừa mở sẽ có sau vài giây.",
                "No task " + taskId + " on the board; a task just opened appears within seconds.");
    }
}
