package vn.directives.query.workspace.task;

import vn.directives.platform.web.TaskKindCollection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.directives.events.task.TaskKind;
import vn.directives.query.infrastructure.web.ReadYourWrites;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.taskboard.TaskBoard;
import vn.directives.query.taskboard.TaskView;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The task page: its header, the step forms the signed-in user may take now (and only those), and
 * its timeline. A step posts here and is forwarded to the command side with the version the page
 * was drawn at ({@code If-Match}) and the form's idempotency key; success redirects to the page at
 * the command's event position, so that it shows the result at once.
 */
@Controller
class TaskPageController {

    static final String VIEW = "tasks/task";

    private final TaskBoard board;
    private final TaskTimeline timeline;
    private final Forms forms;
    private final StepCommands commands;
    private final ReadYourWrites readYourWrites;

    TaskPageController(TaskBoard board, TaskTimeline timeline, Forms forms, StepCommands commands,
                       ReadYourWrites readYourWrites) {
        this.board = board;
        this.timeline = timeline;
        this.forms = forms;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/tasks/{taskId}")
    ModelAndView page(@PathVariable String taskId, Locale locale) {
        TaskView task = task(taskId);
        return render(task, null, Forms.empty(), Forms.none(), null, HttpStatus.OK, locale);
    }

    @PostMapping("/tasks/{taskId}/steps/{stepName}")
    ModelAndView takeStep(@PathVariable String taskId, @PathVariable String stepName,
                          @RequestParam MultiValueMap<String, String> form,
                          Locale locale) {
        TaskView task = task(taskId);
        TaskState state = state(task);
        Step step = StepTable.find(state.kind(), stepName).orElseThrow(() -> notFound(taskId));
        FormBody body = forms.read(step.fields(), form);
        if (!body.errors().isEmpty()) {
            return render(task, step, form, forms.errors(step.fields(), null, body.errors(), locale), null,
                    HttpStatus.BAD_REQUEST, locale);
        }
        StepOutcome outcome = commands.send(step.apiPath(state), body.json(), form.getFirst("etag"),
                form.getFirst("idempotencyKey"));
        if (outcome.succeeded()) {
            return new ModelAndView("redirect:/tasks/" + taskId + "#" + "timeline",
                    outcome.position() == null ? Map.of() : Map.of("position", outcome.position()));
        }
        if (outcome.stillRecording()) {
            return new ModelAndView("redirect:/tasks/" + taskId);
        }
        if (outcome.stale()) {
            TaskView now = changedAt(taskId, outcome.position());
            // the form sent stays open with what was typed (and the new version): nothing is lost
            return render(now, step, form, new Forms.Errors(Map.of(), List.of(), true), "stale",
                    HttpStatus.PRECONDITION_FAILED, locale);
        }
        TaskView now = task(taskId);
        return render(now, step, form, forms.errors(step.fields(), outcome.problem(), Map.of(), locale), null,
                HttpStatus.valueOf(outcome.status()), locale);
    }

    /**
     * The page, with the forms of the steps offered now. The form just submitted (if any) keeps
     * what was typed and shows what was wrong with it, opened.
     */
    private ModelAndView render(TaskView task, Step attempted, MultiValueMap<String, String> values,
                                Forms.Errors errors, String notice, HttpStatus status, Locale locale) {
        TaskState state = state(task);
        Forms.Context context = new Forms.Context(QueryParameters.today(), task.directiveId(), locale);
        List<FormView> stepForms = StepTable.offered(state, Actors.current()).stream()
                .map(step -> forms.view("step-" + step.name(), step.labelKey(),
                        "/tasks/" + task.id() + "/steps/" + step.name(), state.version(), step.fields(),
                        step.equals(attempted) ? values : Forms.empty(),
                        step.equals(attempted) ? errors : Forms.none(), context))
                .toList();
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("task", task);
        page.addObject("collection", TaskKindCollection.of(state.kind()).collection());
        page.addObject("stepForms", stepForms);
        List<FormView.SummaryLink> summary = new java.util.ArrayList<>(stepForms.stream().filter(FormView::hasErrors)
                .flatMap(form -> Forms.summary(form).stream()).toList());
        // a step posted although it is not offered to this user (an old page, another tab) has no form
        // to show its refusal beside: the summary at the top says it, pointing to the steps offered
        if (attempted != null && stepForms.stream().noneMatch(form -> form.id().equals("step-" + attempted.name()))) {
            errors.general().forEach(message -> summary.add(new FormView.SummaryLink("#steps-title", message)));
            errors.byField().values().forEach(message -> summary.add(new FormView.SummaryLink("#steps-title", message)));
        }
        page.addObject("errorSummary", summary);
        page.addObject("timeline", timeline.of(task.id(), locale));
        page.addObject("notice", notice);
        return page;
    }

    /**
     * The task after the change the command side answered 412 for. The query side follows the event
     * store a moment behind, and each read model at its own pace: a page drawn at once could show
     * the change in its header (the board) and not in its timeline, and offer the same stale form
     * again. The 412 names the change's event position; the page waits, as a {@code ?position=} read
     * does, until every read model has passed it (past the bounded wait, it shows what it has).
     */
    private TaskView changedAt(String taskId, Long position) {
        if (position != null) {
            readYourWrites.await(position);
        }
        return task(taskId);
    }

    private TaskView task(String taskId) {
        return board.one(taskId, null, QueryParameters.today()).orElseThrow(() -> notFound(taskId));
    }

    static TaskState state(TaskView task) {
        return new TaskState(task.id(), TaskKind.valueOf(task.kind()), "OPEN".equals(task.status()), task.step(),
                task.assigneeId(), task.leadUnitId(), task.coordinatingUnitIds(),
                task.pendingExtension() == null ? null : task.pendingExtension().extensionId(), task.version());
    }

    private static ResponseStatusException notFound(String taskId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No task " + taskId);
    }
}
